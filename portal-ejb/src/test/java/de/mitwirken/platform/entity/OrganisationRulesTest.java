package de.mitwirken.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void registerNumbersMustLookLikeAGermanRegisterEntry() {
        assertEquals("HRB 12345", OrganisationDraft.normalisedRegisterNumber("hrb12345"));
        assertEquals("VR 678", OrganisationDraft.normalisedRegisterNumber(" VR 678 "));
        assertEquals("GnR 12", OrganisationDraft.normalisedRegisterNumber("GnR 12"));
        assertEquals("HRB 1234 B", OrganisationDraft.normalisedRegisterNumber("HRB 1234 B"));
        assertNull(OrganisationDraft.normalisedRegisterNumber("12345"));
        assertNull(OrganisationDraft.normalisedRegisterNumber("HRB"));
        assertNull(OrganisationDraft.normalisedRegisterNumber("HRB 1234567"));
        assertNull(OrganisationDraft.normalisedRegisterNumber("<script>"));
    }

    @Test
    void everyBadFieldIsNamedAndABlankRegisterNumberIsNone() {
        OrganisationDraft bad = new OrganisationDraft(" x ", null, "Handelsregister");
        assertEquals("platform.organisations.error.name", bad.problems().get("name"));
        assertEquals("platform.organisations.error.type", bad.problems().get("type"));
        assertEquals("platform.organisations.error.registerNumber", bad.problems().get("registerNumber"));
        OrganisationDraft good = new OrganisationDraft("  Hochschule   Musterstadt ", OrganisationType.UNIVERSITY, " ");
        assertTrue(good.problems().isEmpty(), good.problems().toString());
        assertNull(good.register());
        assertEquals(OrganisationDraft.nameKey("hochschule musterstadt"), OrganisationDraft.nameKey(good.name()));
    }

    @Test
    void aRequestIsDecidedOnceAndARejectionNeedsAReason() throws Exception {
        RepresentationRequest request = request();
        assertThrows(IllegalArgumentException.class, () -> request.reject("kurz", "office", T0));
        assertEquals(RequestStatus.OPEN, request.status());
        request.reject("Der Nachweis nennt eine andere Person.", "office", T0);
        assertEquals(RequestStatus.REJECTED, request.status());
        Organisation organisation = withId(Organisation.verified(request, T0), 7L);
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> request.accept(organisation, "office", T0));
        assertEquals("platform.organisations.error.decided", ((Refusal) again).messageKey());
    }

    @Test
    void anAcceptedRequestMakesARepresentationThatEndsOnce() throws Exception {
        RepresentationRequest request = request();
        assertThrows(IllegalStateException.class, () -> Representation.from(request, T0), "not yet accepted");
        Organisation organisation = withId(Organisation.verified(request, T0), 7L);
        assertEquals("HRB 12345", organisation.registerNumber());
        request.accept(organisation, "office", T0);
        Representation representation = Representation.from(request, T0);
        assertTrue(representation.isRunning());
        assertEquals(7L, representation.organisationId());
        assertThrows(IllegalArgumentException.class, () -> representation.withdraw(" ", "office", T0));
        representation.withdraw("Die Person arbeitet nicht mehr dort.", "office", T0);
        assertFalse(representation.isRunning());
        assertThrows(IllegalStateException.class, () -> representation.giveUp("person", T0));
    }

    @Test
    void onlyAPdfProvesARequest() throws Exception {
        RepresentationRequest request = withId(request(), 3L);
        Upload png = Upload.of("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0},
                Set.of(Upload.Kind.PNG));
        assertThrows(IllegalArgumentException.class, () -> RepresentationProof.of(request, png));
        Upload pdf = Upload.of("nachweis.pdf", "%PDF-1.4\n%%EOF".getBytes(), Set.of(Upload.Kind.PDF));
        assertEquals("application/pdf", RepresentationProof.of(request, pdf).contentType());
        assertThrows(Upload.Refused.class, () -> Upload.of("a.pdf", "not a pdf".getBytes(), Set.of(Upload.Kind.PDF)));
    }

    private static RepresentationRequest request() {
        return RepresentationRequest.of(1002L, new OrganisationDraft("Beispiel GmbH", OrganisationType.COMPANY,
                "HRB12345"), T0);
    }

    private static <T> T withId(T entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
