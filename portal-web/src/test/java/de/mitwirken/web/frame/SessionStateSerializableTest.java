package de.mitwirken.web.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.platform.boundary.SignedInUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With {@code <distributable/>} (issue #27) the data grid copies every HTTP session to other nodes: whatever is kept
 * in it must be Serializable, all the way down. This finds every session-, view- and conversation-scoped bean of the
 * web module and checks the bean and the declared types of its fields (type arguments of collections and maps too);
 * injected fields are the container's proxies, which it serialises itself. The same for what the frame puts into the
 * session by hand ({@link SessionKeys}).
 */
class SessionStateSerializableTest {

    @Test
    void everyBeanKeptInASessionCanTravelToAnotherNode() throws IOException {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 40, "the session and view beans were found: " + beans.size());
        List<String> problems = new ArrayList<>();
        beans.forEach(bean -> problems.addAll(problems(bean)));
        assertEquals(List.of(), problems);
    }

    @Test
    void whatTheFrameKeepsInTheSessionCanTravelToo() {
        List<String> problems = new ArrayList<>();
        for (Class<?> kept : List.of(SignedInUser.class, SessionKeys.Caller.class, SignInClaims.class, PendingSignIn.class,
                SessionKeys.FormResult.class)) {
            problems.addAll(problems(kept));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAFieldThatCannotTravel() {
        List<String> problems = problems(Unfit.class);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Unfit.thread"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Unfit.maybe")), "Optional is not Serializable");
        assertTrue(problems.stream().anyMatch(p -> p.contains("Unfit.rows")), "a list of something that is not");
        assertTrue(problems.stream().anyMatch(p -> p.contains("Unfit.anything")), "Object says nothing");
        assertEquals(List.of(SessionStateSerializableTest.class.getName() + "$NotSerializable is not Serializable"),
                problems(NotSerializable.class));
        assertEquals(List.of("Inner.thread (java.lang.Thread) is not Serializable"), problems(Outer.class),
                "a Serializable record of the portal is followed into its fields");
    }

    /** What the check must refuse; the injected and transient fields are fine. */
    @SessionScoped
    static class Unfit implements Serializable {
        private static final long serialVersionUID = 1L;
        Thread thread;
        Optional<String> maybe;
        List<Map<String, Thread>> rows;
        Object anything;
        List<Map<String, Long>> fine;
        String[] texts;
        transient Thread skipped;
        @Inject
        Runnable proxy;
        @EJB
        Runnable ejb;
    }

    @ConversationScoped
    static class NotSerializable {
    }

    record Inner(Thread thread) implements Serializable {
    }

    @SessionScoped
    static class Outer implements Serializable {
        private static final long serialVersionUID = 1L;
        List<Inner> inners;
    }

    static List<String> problems(Class<?> kept) {
        return problems(kept, new java.util.HashSet<>());
    }

    /** The portal's own types are followed into their fields (a Serializable record of something that is not). */
    private static List<String> problems(Class<?> kept, Set<Class<?>> seen) {
        List<String> problems = new ArrayList<>();
        if (!seen.add(kept)) {
            return problems;
        }
        if (!Serializable.class.isAssignableFrom(kept)) {
            problems.add(kept.getName() + " is not Serializable");
            return problems;
        }
        for (Class<?> c = kept; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int mod = field.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                        || isBoundary(field.getType())) {
                    continue;
                }
                if (!travels(field.getGenericType())) {
                    problems.add(c.getSimpleName() + "." + field.getName() + " (" + field.getGenericType().getTypeName()
                            + ") is not Serializable");
                } else {
                    for (Class<?> own : ownTypes(field.getGenericType())) {
                        problems.addAll(problems(own, seen));
                    }
                }
            }
        }
        return problems;
    }

    /** A boundary handed on from an injected field: the container's proxy, which Payara serialises by reference. */
    private static boolean isBoundary(Class<?> type) {
        return type.isAnnotationPresent(jakarta.ejb.Stateless.class) || type.isAnnotationPresent(jakarta.ejb.Singleton.class);
    }

    private static List<Class<?>> ownTypes(Type type) {
        List<Class<?>> own = new ArrayList<>();
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (element.getName().startsWith("de.mitwirken.") && !element.isEnum()) {
                own.add(element);
            }
        } else if (type instanceof ParameterizedType p) {
            own.addAll(ownTypes(p.getRawType()));
            Stream.of(p.getActualTypeArguments()).forEach(a -> own.addAll(ownTypes(a)));
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(b -> own.addAll(ownTypes(b)));
        }
        return own;
    }

    /** Whether a value of the declared type is Serializable; collections and maps by their type arguments. */
    static boolean travels(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive()) {
                return true;
            }
            if (c.isArray()) {
                return travels(c.getComponentType());
            }
            return c != Object.class && Serializable.class.isAssignableFrom(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            // List, Set and Map name no implementation: the portal's are ArrayList, HashMap, List.of, ... (Serializable)
            boolean rawTravels = container && raw.isInterface() || travels(raw);
            return rawTravels && Stream.of(p.getActualTypeArguments()).allMatch(SessionStateSerializableTest::travels);
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).allMatch(SessionStateSerializableTest::travels);
        }
        if (type instanceof GenericArrayType a) {
            return travels(a.getGenericComponentType());
        }
        return false; // a type variable: nothing is known about its values
    }

    private static List<Class<?>> sessionBeans() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> c = load(name);
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ConversationScoped.class)
                        || c.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }

}
