package de.mitwirken.platform.boundary;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * For unit tests that call a boundary without a container: runs the call through the default interceptor
 * (RefusalTranslation, bound in META-INF/ejb-jar.xml), as the container does.
 */
public final class ThroughInterceptors {

    private ThroughInterceptors() {
    }

    public static void run(Runnable call) throws Exception {
        new RefusalTranslation().translate(invocation(() -> {
            call.run();
            return null;
        }));
    }

    /** Only proceed() matters to the interceptor. */
    static InvocationContext invocation(Callable<Object> target) {
        return new InvocationContext() {
            private final Map<String, Object> data = new HashMap<>();

            @Override
            public Object proceed() throws Exception {
                return target.call();
            }

            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }
        };
    }
}
