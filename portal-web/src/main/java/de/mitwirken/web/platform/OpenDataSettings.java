package de.mitwirken.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who publishes the open data and under which licence (PORTAL_OPENDATA_* variables): publisher and contact
 * default to the operator (portal.operator.name, .email); the licence to Datenlizenz Deutschland – Namensnennung
 * 2.0; the AGS (Amtlicher Gemeindeschlüssel) is optional and adds the political geocoding of DCAT-AP.de.
 */
@ApplicationScoped
public class OpenDataSettings {

    static final String DL_BY_DE_2 = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

    @Inject
    @ConfigProperty(name = "portal.base.url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.operator.name")
    String operatorName;

    @Inject
    @ConfigProperty(name = "portal.operator.email")
    String operatorEmail;

    @Inject
    @ConfigProperty(name = "portal.opendata.publisher")
    Optional<String> publisher;

    @Inject
    @ConfigProperty(name = "portal.opendata.contact-email")
    Optional<String> contactEmail;

    @Inject
    @ConfigProperty(name = "portal.opendata.license", defaultValue = DL_BY_DE_2)
    String license;

    @Inject
    @ConfigProperty(name = "portal.opendata.ags")
    Optional<String> ags;

    /** The city's AGS as the OParl Body names it: one setting serves both when only that one is given. */
    @Inject
    @ConfigProperty(name = "portal.oparl.body.ags")
    Optional<String> bodyAgs;

    public OpenDataCatalog.Settings settings() {
        return new OpenDataCatalog.Settings(baseUrl, publisher.filter(p -> !p.isBlank()).orElse(operatorName),
                contactEmail.filter(e -> !e.isBlank()).orElse(operatorEmail), license,
                ags.or(() -> bodyAgs).map(String::strip).orElse(""));
    }
}
