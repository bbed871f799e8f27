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
        return assemble(null, List.of());
    }

    /** The EAR with test classes in its web module, for tests that run inside the server. */
    public static EnterpriseArchive portalWith(Class<?>... testClasses) {
        return assemble(testClasses, List.of());
    }

    /**
     * The same, and helper beans in the EJB module, e.g. an observer of events the EJB module fires (CDI delivers
     * an event to the observers its firing module can see, and the EJB module does not see the web module).
     */
    public static EnterpriseArchive portalWith(List<Class<?>> ejbModuleClasses, Class<?>... testClasses) {
        return assemble(testClasses, ejbModuleClasses);
    }

    private static EnterpriseArchive assemble(Class<?>[] testClasses, List<Class<?>> ejbModuleClasses) {
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
            web = Testable.archiveToTest(web);
        }
        ear.addAsModule(web);
        Arrays.stream(Objects.requireNonNull(new File(dir, "lib").listFiles())).forEach(ear::addAsLibrary);
        return ear;
    }
}
