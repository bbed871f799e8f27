package de.mitwirken.web.frame;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every operation the JAX-RS resources of the web module serve, read by reflection from the compiled classes. */
final class JaxRs {

    private JaxRs() {
    }

    /** An operation: HTTP method, full path as OpenAPI writes it, its "path:x"/"query:y" parameters. */
    record Op(String method, String path, TreeSet<String> parameters, boolean hasBody, Method javaMethod) {
    }

    static List<Op> operations() {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Op> ops = new ArrayList<>();
        for (Class<?> type : resources()) {
            String base = join(root, type.getAnnotation(Path.class).value());
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                TreeSet<String> parameters = new TreeSet<>();
                boolean body = false;
                for (Annotation[] annotations : m.getParameterAnnotations()) {
                    boolean named = false;
                    for (Annotation a : annotations) {
                        if (a instanceof PathParam p) {
                            parameters.add("path:" + p.value());
                            named = true;
                        } else if (a instanceof QueryParam q) {
                            parameters.add("query:" + q.value());
                            named = true;
                        } else if (a.annotationType().getPackageName().equals("jakarta.ws.rs.core")
                                || a.annotationType().getPackageName().equals("jakarta.ws.rs")) {
                            named = true; // @Context, @HeaderParam, ...: not the entity
                        }
                    }
                    body |= !named;
                }
                ops.add(new Op(verb, sub == null ? base : join(base, sub.value()), parameters, body, m));
            }
        }
        ops.sort(Comparator.comparing(Op::path).thenComparing(Op::method));
        return ops;
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Joins segments and writes a template with a regular expression ({id: \d+}) as OpenAPI does ({id}). */
    private static String join(String a, String b) {
        String path = (a + "/" + b).replaceAll("/+", "/").replaceAll("/$", "");
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /** The compiled resource classes (top-level, annotated with @Path) of the web module. */
    static List<Class<?>> resources() {
        java.nio.file.Path root = java.nio.file.Path.of(
                RestApplication.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, JaxRs.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    classes.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
