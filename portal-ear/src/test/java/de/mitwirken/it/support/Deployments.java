package de.mitwirken.it.support;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as it ships: rebuilt from the EAR that Maven assembled (target/portal), so every
 * test runs against the real modules, libraries and descriptors.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The EAR unchanged: deployed once for all tests that act as a client ({@link SharedPortal}). */
    static EnterpriseArchive portal() {
        return assemble(null, List.of(), List.of());
    }

    /** The EAR with test classes in its web module, for tests that run inside the server. */
    public static EnterpriseArchive portalWith(Class<?>... testClasses) {
        return assemble(testClasses, List.of(), List.of());
    }

    /**
     * The same, and helper beans in the EJB module, e.g. an observer of events the EJB module fires (CDI delivers
     * an event to the observers its firing module can see, and the EJB module does not see the web module).
     */
    public static EnterpriseArchive portalWith(List<Class<?>> ejbModuleClasses, Class<?>... testClasses) {
        return assemble(testClasses, ejbModuleClasses, List.of());
    }

    /**
     * The same, with libraries of the test's class path in the web module (e.g. a mail catcher that runs inside the
     * server), found by a class of each.
     */
    public static EnterpriseArchive portalWithLibraries(List<Class<?>> libraries, Class<?>... testClasses) {
        return assemble(testClasses, List.of(), libraries);
    }

    /**
     * A second, unchanged copy of the portal as another application (name {@code application}, context root
     * {@code /application}) in the same server, on the same database: another node as far as the portal can tell
     * (its own caches, timers, node name and search index), without a second server.
     */
    public static EnterpriseArchive anotherNode(String application) {
        File dir = new File(Objects.requireNonNull(System.getProperty("it.ear.dir"), "it.ear.dir"));
        String xml;
        try {
            xml = java.nio.file.Files.readString(new File(dir, "META-INF/application.xml").toPath());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String renamed = xml.replaceFirst("<application-name>[^<]*</application-name>",
                "<application-name>" + application + "</application-name>")
                .replaceFirst("<context-root>/</context-root>", "<context-root>/" + application + "</context-root>");
        if (!renamed.contains("<context-root>/" + application + "<") || !renamed.contains(">" + application + "</application-name>")) {
            throw new IllegalStateException("application.xml has no name or root context to change: " + xml);
        }
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, application + ".ear")
                .setApplicationXML(new org.jboss.shrinkwrap.api.asset.StringAsset(renamed));
        ear.addAsModule(ShrinkWrap.createFromZipFile(JavaArchive.class, new File(dir, "portal-ejb.jar")));
        ear.addAsModule(ShrinkWrap.createFromZipFile(WebArchive.class, new File(dir, "portal-web.war")));
        Arrays.stream(Objects.requireNonNull(new File(dir, "lib").listFiles())).forEach(ear::addAsLibrary);
        return ear;
    }

    private static EnterpriseArchive assemble(Class<?>[] testClasses, List<Class<?>> ejbModuleClasses,
                                              List<Class<?>> webLibraries) {
        File dir = new File(Objects.requireNonNull(System.getProperty("it.ear.dir"), "it.ear.dir"));
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "portal.ear")
                .setApplicationXML(new File(dir, "META-INF/application.xml"));
        JavaArchive ejb = ShrinkWrap.createFromZipFile(JavaArchive.class, new File(dir, "portal-ejb.jar"));
        ejbModuleClasses.forEach(ejb::addClass);
        ear.addAsModule(ejb);
        WebArchive web = ShrinkWrap.createFromZipFile(WebArchive.class, new File(dir, "portal-web.war"));
        if (testClasses != null) {
            web.addClasses(testClasses);
            web.addClasses(Parallel.class);
            for (Class<?> library : webLibraries) {
                try {
                    web.addAsLibrary(new File(library.getProtectionDomain().getCodeSource().getLocation().toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(library.getName(), e);
                }
            }
            web = Testable.archiveToTest(web);
        }
        ear.addAsModule(web);
        Arrays.stream(Objects.requireNonNull(new File(dir, "lib").listFiles())).forEach(ear::addAsLibrary);
        return ear;
    }
}
