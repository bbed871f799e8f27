package de.mitwirken.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the built application offers, read from the assembled web module: every Facelets page and every
 * servlet and JAX-RS address. Tests that must cover "every page" take their list from here.
 */
public final class Application {

    private Application() {
    }

    private static File war() {
        return new File(Objects.requireNonNull(System.getProperty("it.ear.dir"), "it.ear.dir"), "portal-web.war");
    }

    /** Every page a browser can request: the .xhtml files outside WEB-INF, META-INF and resources. */
    public static List<String> pages() {
        TreeSet<String> pages = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")
                        && !name.startsWith("resources/")) {
                    pages.add("/" + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(pages);
    }

    /** The URL patterns of every @WebServlet and the paths of every JAX-RS resource of the web module. */
    public static List<String> endpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war())) {
            File dir = Files.createTempDirectory("portal-web").toFile();
            List<URL> urls = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            File classesDir = new File(dir, "classes");
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith("WEB-INF/classes/")) {
                    File target = new File(classesDir, name.substring("WEB-INF/classes/".length()));
                    target.getParentFile().mkdirs();
                    Files.copy(zip.getInputStream(entry), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".class") && !name.contains("$")) {
                        classes.add(name.substring("WEB-INF/classes/".length(), name.length() - 6).replace('/', '.'));
                    }
                } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    File target = new File(dir, name.substring("WEB-INF/lib/".length()));
                    Files.copy(zip.getInputStream(entry), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
                    urls.add(target.toURI().toURL());
                }
            }
            urls.add(0, classesDir.toURI().toURL());
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Application.class.getClassLoader())) {
                for (String name : classes) {
                    Class<?> type = Class.forName(name, false, loader);
                    WebServlet servlet = type.getAnnotation(WebServlet.class);
                    if (servlet != null) {
                        endpoints.addAll(Arrays.asList(servlet.value()));
                        endpoints.addAll(Arrays.asList(servlet.urlPatterns()));
                    }
                    Path path = type.getAnnotation(Path.class);
                    if (path != null) {
                        endpoints.add("/api" + (path.value().startsWith("/") ? "" : "/") + path.value());
                    }
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read the web module", e);
        }
        return new ArrayList<>(endpoints);
    }
}
