package de.mitwirken.platform.boundary;

import de.mitwirken.platform.entity.Refusal;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Turns an entity's {@link Refusal} into what the web tier shows, in one place instead of a try/catch per
 * use case: a refusal with a field (a bad value, a clash) becomes {@link InvalidInput} for that field, a step
 * the state does not allow {@link NotAllowed}. Both roll the transaction back. Bound to every EJB of portal-ejb as a default
 * interceptor in META-INF/ejb-jar.xml; other exceptions pass unchanged.
 */
public class RefusalTranslation {

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal refusal)) {
                throw e;
            }
            if (refusal.field() != null) {
                throw InvalidInput.of(refusal.field(), refusal.messageKey(), refusal.args());
            }
            throw new NotAllowed(refusal.messageKey(), refusal.args());
        }
    }
}
