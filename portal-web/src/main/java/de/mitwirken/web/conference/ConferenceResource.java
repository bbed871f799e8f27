package de.mitwirken.web.conference;

import de.mitwirken.conference.boundary.ChoiceView;
import de.mitwirken.conference.boundary.ConferenceRegistration;
import de.mitwirken.conference.boundary.ProgrammeView;
import de.mitwirken.conference.boundary.PublicProgramme;
import de.mitwirken.conference.boundary.RegistrationResult;
import de.mitwirken.conference.boundary.SessionView;
import de.mitwirken.conference.boundary.SpeakerView;
import de.mitwirken.conference.entity.AttendeeGroup;
import de.mitwirken.conference.entity.RegistrationDraft;
import de.mitwirken.platform.boundary.InvalidInput;
import de.mitwirken.platform.boundary.NotAllowed;
import de.mitwirken.platform.boundary.NotFoundException;
import de.mitwirken.platform.boundary.TooManyAttempts;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.ApiProblem;
import de.mitwirken.web.frame.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Smart City conference as JSON: published conferences with programme and free places, and guest
 * registration.
 * <p>
 * The registration (POST) needs neither sign-in nor a CSRF token, and that is safe: it reads no cookie and no
 * session and acts for nobody who is signed in (always a guest, {@code registerFor(…, null)}), so a forged
 * cross-site request gains nothing a direct request would not; it accepts only {@code application/json}, which
 * a cross-site HTML form cannot send without a CORS preflight that the portal does not answer; and a guest
 * registration holds its place only until the address is confirmed through the link in the mail. The portal
 * has no global CSRF filter: {@link de.mitwirken.web.frame.CsrfToken} guards only the plain HTML forms of
 * signed-in people. Errors are answered as JSON by this resource itself (the portal has no exception
 * mappers for these): problem details (RFC 9457, application/problem+json) with 400 {@code "problems":{field:
 * message key}}, 404 and 409 {@code "error": message key}; 503 with {@code Retry-After} when this node works on
 * as many registrations as it admits ({@link RegistrationGate}): nothing of the request was done, it may simply
 * be sent again; 429 with {@code Retry-After} and {@code "error"} naming the limit when a guest limit of the
 * edition is reached (per address, per network, in all per hour; {@code GuestLimits}). The OpenAPI document (web/frame/openapi.yaml) describes all of it.
 */
@Path("conferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    @Inject
    PublicProgramme programme;

    @Inject
    ConferenceRegistration registration;

    @Inject
    RegistrationGate gate;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** A published conference in the list. */
    public record ConferenceItem(long id, String title, String venue, LocalDate startsOn, LocalDate endsOn,
                                 int capacity, int free, boolean registrationOpen, boolean cancelled) {
        static ConferenceItem of(ProgrammeView c) {
            return new ConferenceItem(c.id(), c.title(), c.venue(), c.startsOn(), c.endsOn(), c.capacity(), c.free(),
                    c.registrationOpen(), c.cancelled());
        }
    }

    public record Track(long id, String name) {
    }

    /**
     * A programme point; capacity and free are null when the session has no limit of its own. A cancelled one
     * stays in the list with cancelled true (and no free seats).
     */
    @JsonbNillable
    public record Session(long id, String title, String summary, String kind, long track, String room,
                          Instant startsAt, Instant endsAt, Integer capacity, Integer free, List<Long> speakers,
                          boolean cancelled) {
        static Session of(SessionView s) {
            return new Session(s.id(), s.title(), s.summary(), s.kind(), s.trackId(), s.room(), s.startsAt(),
                    s.endsAt(), s.capacity(), s.free(), s.speakers().stream().map(SpeakerView::id).toList(),
                    s.cancelled());
        }
    }

    @JsonbNillable
    public record Speaker(long id, String name, String affiliation, String bio) {
    }

    @JsonbNillable
    public record Partner(String name, String kind, String url) {
    }

    /** A registration type the public may choose, with its free places. */
    public record RegistrationType(String code, int free) {
    }

    /** A question of the form; answers go into the registration's "answers" under the question's id. */
    public record Question(long id, String text, boolean required) {
    }

    /** One conference with everything its registration form needs. */
    @JsonbNillable
    public record Conference(long id, String title, String description, String venue, LocalDate startsOn,
                             LocalDate endsOn, String fundingNote, int capacity, int free,
                             Instant registrationOpensAt, Instant registrationClosesAt, boolean registrationOpen,
                             String consentText, List<Track> tracks, List<Session> sessions, List<Speaker> speakers,
                             List<Partner> partners, List<RegistrationType> registrationTypes,
                             List<Question> questions, boolean cancelled) {
        static Conference of(ProgrammeView c) {
            return new Conference(c.id(), c.title(), c.description(), c.venue(), c.startsOn(), c.endsOn(),
                    c.fundingNote(), c.capacity(), c.free(), c.registrationOpensAt(), c.registrationClosesAt(),
                    c.registrationOpen(), c.consentText(),
                    c.tracks().stream().map(t -> new Track(t.id(), t.name())).toList(),
                    c.sessions().stream().map(Session::of).toList(),
                    c.speakers().stream().map(s -> new Speaker(s.id(), s.name(), s.affiliation(), s.bio())).toList(),
                    c.partners().stream().map(p -> new Partner(p.name(), p.kind(), p.url())).toList(),
                    c.types().stream().map(t -> new RegistrationType(t.code(), t.free())).toList(),
                    c.questions().stream().map(q -> new Question(q.id(), q.text(), q.required())).toList(), c.cancelled());
        }
    }

    /** A session's outcome: CONFIRMED, or WAITLISTED with the place in its queue. */
    @JsonbNillable
    public record SessionOutcome(long session, String status, Long position) {
        static SessionOutcome of(ChoiceView c) {
            return new SessionOutcome(c.sessionId(), c.status(), c.position());
        }
    }

    /**
     * The answer to a registration: CONFIRMED (the place is held until the address is confirmed through the
     * link in the mail) or WAITLISTED with the position. Never the personal link: that goes to the address.
     */
    @JsonbNillable
    public record Registered(long id, String status, Long position, boolean addressConfirmed,
                             List<SessionOutcome> sessions) {
        static Registered of(RegistrationResult r) {
            return new Registered(r.id(), r.status(), r.position(), r.addressConfirmed(),
                    r.sessions().stream().map(SessionOutcome::of).toList());
        }
    }

    /**
     * An error as problem details (RFC 9457) with the portal's message keys as extension members: problems (field →
     * key) for a bad body, error (a key) for a refusal; left out when null.
     */
    public record Refusal(String type, String title, int status, String detail, Map<String, String> problems,
                          String error) {
        static Refusal of(Response.Status status, Map<String, String> problems, String error) {
            return new Refusal("about:blank", status.getReasonPhrase(), status.getStatusCode(), null, problems, error);
        }
    }

    @GET
    public List<ConferenceItem> conferences() {
        return programme.conferences().stream().map(ConferenceItem::of).toList();
    }

    @GET
    @Path("{id}")
    public Response conference(@PathParam("id") long id) {
        try {
            return Response.ok(Conference.of(programme.conference(id))).build();
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long id,
                             String body) {
        return gate.through(() -> admitted(id, body), ConferenceResource::busy);
    }

    private Response admitted(long id, String body) {
        if (!programme.isPublished(id)) {
            return notFound();
        }
        RegistrationDraft draft;
        try {
            draft = draft(body);
        } catch (InvalidInput e) {
            return problems(e.problems());
        }
        try {
            RegistrationResult result = registration.registerFor(id, draft, null, clientAddress.of(request));
            return Response.status(Response.Status.CREATED).entity(Registered.of(result)).build();
        } catch (InvalidInput e) {
            return problems(e.problems());
        } catch (TooManyAttempts e) {
            return tooMany(e);
        } catch (NotAllowed e) {
            return refused(Response.Status.CONFLICT, null, e.messageKey());
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    /**
     * Reads the body field by field, so that a wrong type names its field (400) instead of failing the
     * request; unknown fields are ignored.
     */
    static RegistrationDraft draft(String body) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw InvalidInput.of("body", "api.error.malformedJson");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInput.of("body", "api.error.jsonObjectExpected");
        }
        JsonObject json = value.asJsonObject();
        Map<String, String> problems = new LinkedHashMap<>();
        String type = text(json, "type", problems);
        String name = text(json, "name", problems);
        String email = text(json, "email", problems);
        String organisation = text(json, "organisation", problems);
        String accessibilityNeeds = text(json, "accessibilityNeeds", problems);
        String dietaryNeeds = text(json, "dietaryNeeds", problems);
        AttendeeGroup group = null;
        String groupText = text(json, "group", problems);
        if (groupText != null) {
            try {
                group = AttendeeGroup.valueOf(groupText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.put("group", "conference.error.group");
            }
        }
        Language language = null;
        String languageText = text(json, "language", problems);
        if (languageText != null) {
            language = Language.fromTag(languageText).orElse(null);
            if (language == null) {
                problems.put("language", "api.error.language");
            }
        }
        boolean consent = false;
        JsonValue consentValue = json.get("consent");
        if (consentValue == JsonValue.TRUE) {
            consent = true;
        } else if (consentValue != null && consentValue != JsonValue.FALSE && consentValue != JsonValue.NULL) {
            problems.put("consent", "conference.error.consent");
        }
        List<Long> sessions = new ArrayList<>();
        JsonValue sessionsValue = json.get("sessions");
        if (sessionsValue instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonNumber n && n.isIntegral()) {
                    sessions.add(n.longValue());
                } else {
                    problems.put("sessions", "conference.error.unknownSession");
                }
            }
        } else if (sessionsValue != null && sessionsValue != JsonValue.NULL) {
            problems.put("sessions", "conference.error.unknownSession");
        }
        Map<Long, String> answers = new LinkedHashMap<>();
        JsonValue answersValue = json.get("answers");
        if (answersValue instanceof JsonObject object) {
            object.forEach((key, v) -> {
                try {
                    long question = Long.parseLong(key.strip());
                    if (v instanceof JsonString s) {
                        answers.put(question, s.getString());
                    } else if (v != JsonValue.NULL) {
                        problems.put("answer-" + question, "api.error.text");
                    }
                } catch (NumberFormatException e) {
                    problems.put("answers", "api.error.questionId");
                }
            });
        } else if (answersValue != null && answersValue != JsonValue.NULL) {
            problems.put("answers", "api.error.questionId");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new RegistrationDraft(type, name, email, organisation, group, accessibilityNeeds, dietaryNeeds, language,
                consent, sessions, answers);
    }

    /** A string field, or null when missing or null; any other JSON type is a problem of that field. */
    private static String text(JsonObject json, String field, Map<String, String> problems) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        problems.put(field, "api.error.text");
        return null;
    }

    private static Response problems(Map<String, String> problems) {
        return refused(Response.Status.BAD_REQUEST, problems, null);
    }

    private static Response busy(int retryAfterSeconds) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(ApiProblem.MEDIA_TYPE)
                .header("Retry-After", retryAfterSeconds).entity(busyProblem(retryAfterSeconds)).build();
    }

    static ApiProblem busyProblem(int retryAfterSeconds) {
        return new ApiProblem("about:blank", "Service Unavailable", 503, "Too many registrations at once; nothing"
                + " was done. Please send the same request again after " + retryAfterSeconds
                + " second(s) (Retry-After).");
    }

    /** Over a guest limit: 429 with the seconds until the limit's hour ends, and the limit's message key. */
    static Response tooMany(TooManyAttempts e) {
        long seconds = e.retryAfterSeconds();
        Refusal refusal = new Refusal("about:blank", "Too Many Requests", 429, "Too many guest registrations (" + e.messageKey()
                + "); nothing was done. Try again after " + seconds + " second(s) (Retry-After).", null, e.messageKey());
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(ApiProblem.MEDIA_TYPE)
                .header("Retry-After", seconds).entity(refusal).build();
    }

    private static Response notFound() {
        return refused(Response.Status.NOT_FOUND, null, "conference.error.notFound");
    }

    private static Response refused(Response.Status status, Map<String, String> problems, String key) {
        return Response.status(status).type(ApiProblem.MEDIA_TYPE).entity(Refusal.of(status, problems, key)).build();
    }
}
