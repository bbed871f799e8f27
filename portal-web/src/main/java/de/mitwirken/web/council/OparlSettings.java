package de.mitwirken.web.council;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The OParl interface's settings: the city as the one Body, the data's licence, contact, the portal's address. */
@Dependent // no client proxy: OparlCatalogue reads the fields directly
public class OparlSettings {

    @Inject
    @ConfigProperty(name = "portal.base.url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.oparl.body.name")
    String bodyName;

    @Inject
    @ConfigProperty(name = "portal.oparl.body.short-name")
    String bodyShortName;

    @Inject
    @ConfigProperty(name = "portal.oparl.body.ags")
    String ags;

    @Inject
    @ConfigProperty(name = "portal.oparl.body.website")
    String website;

    @Inject
    @ConfigProperty(name = "portal.oparl.license")
    String license;

    @Inject
    @ConfigProperty(name = "portal.operator.email")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "portal.operator.unit")
    String contactName;

    /** The portal's address without a trailing slash. */
    String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The System's URL; every object's id lies below it. */
    String oparl() {
        return base() + "/oparl";
    }
}
