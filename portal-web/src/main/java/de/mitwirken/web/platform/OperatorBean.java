package de.mitwirken.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who runs this portal, for imprint, privacy policy and contact page (PORTAL_OPERATOR_* variables). */
@Named("operator")
@ApplicationScoped
public class OperatorBean {

    @Inject
    @ConfigProperty(name = "portal.operator.name")
    String name;

    @Inject
    @ConfigProperty(name = "portal.operator.unit")
    String unit;

    @Inject
    @ConfigProperty(name = "portal.operator.address")
    String address;

    @Inject
    @ConfigProperty(name = "portal.operator.email")
    String email;

    @Inject
    @ConfigProperty(name = "portal.operator.phone")
    String phone;

    @Inject
    @ConfigProperty(name = "portal.operator.representative")
    String representative;

    @Inject
    @ConfigProperty(name = "portal.operator.dpo.email")
    String dpoEmail;

    @Inject
    @ConfigProperty(name = "portal.operator.demo", defaultValue = "true")
    boolean demo;

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getRepresentative() {
        return representative;
    }

    public String getDpoEmail() {
        return dpoEmail;
    }

    /** A demo installation says so on its imprint. */
    public boolean isDemo() {
        return demo;
    }
}
