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
import de.mitwirken.platform.entity.Language;
import de.mitwirken.web.frame.ApiProblem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
 * mappers): 400 {@code {"problems":{field: message key}}}, 404 and 409 {@code {"error": message key}}; 503 with
 * {@code Retry-After} and problem details (RFC 9457) when this node works on as many registrations as it
 * admits ({@link RegistrationGate}): nothing of the request was done, it may simply be sent again.
 */
@Path("conferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conference", description = "The Smart City conference: programme, free places, guest registration")
public class ConferenceResource {

    @Inject
    PublicProgramme programme;

    @Inject
    ConferenceRegistration registration;

    @Inject
    RegistrationGate gate;

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

    /** The body of a guest registration (documentation; the body is read field by field, see {@link #draft}). */
    @Schema(description = "A guest registration")
    public record RegistrationRequest(
            @Schema(description = "registration type code, one of the conference's registrationTypes", example = "participant") String type,
            @Schema(example = "Erika Mustermann") String name,
            @Schema(example = "erika@example.org") String email,
            String organisation,
            @Schema(description = "CITIZENS, BUSINESS, SCIENCE, CIVIL_SOCIETY, ADMINISTRATION, POLITICS, PRESS or OTHER") String group,
            @Schema(description = "ids of the chosen sessions; none may overlap") List<Long> sessions,
            @Schema(description = "consent to the conference's consentText; must be true") boolean consent,
            @Schema(description = "de or en (default de): the language of the mails") String language,
            String accessibilityNeeds,
            String dietaryNeeds,
            @Schema(description = "question id → answer") Map<String, String> answers) {
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

    /** What was wrong with the body: field → message key. */
    public record Problems(Map<String, String> problems) {
    }

    /** Why the request was refused: a message key. */
    public record Refusal(String error) {
    }

    @GET
    @Operation(summary = "Published conferences with their places and whether registration is open")
    public List<ConferenceItem> conferences() {
        return programme.conferences().stream().map(ConferenceItem::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published conference: tracks, sessions with free seats (times in UTC), speakers,"
            + " partners, registration types open to the public with free places, and the form's questions")
    @APIResponse(responseCode = "200", description = "the conference",
            content = @Content(schema = @Schema(implementation = Conference.class)))
    @APIResponse(responseCode = "404", description = "no such published conference")
    public Response conference(@Parameter(description = "the conference's number") @PathParam("id") long id) {
        try {
            return Response.ok(Conference.of(programme.conference(id))).build();
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registers a guest: a place and the chosen sessions' seats, or a place on the waitlist",
            description = "No sign-in. The place is held until the address is confirmed through the link sent to"
                    + " it; the answer never carries that link. Seats are decided in the order the registrations"
                    + " reach the database. When the node is busy it answers 503 at once, with Retry-After:"
                    + " nothing was done, send the same request again after that many seconds (from 1 up to the time the"
                    + " node needs for the crowd already waiting, so that a crowd comes back spread out).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationRequest.class)))
    @APIResponse(responseCode = "201", description = "registered (CONFIRMED or WAITLISTED)",
            content = @Content(schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "400", description = "malformed JSON or invalid fields: {\"problems\":{field: message key}}",
            content = @Content(schema = @Schema(implementation = Problems.class)))
    @APIResponse(responseCode = "404", description = "no such published conference")
    @APIResponse(responseCode = "409", description = "registration is closed")
    @APIResponse(responseCode = "503", description = "too many registrations at once on this node: nothing was done;"
            + " try again after the seconds of the Retry-After header",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response register(@Parameter(description = "the conference's number") @PathParam("id") long id,
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
            RegistrationResult result = registration.registerFor(id, draft, null);
            return Response.status(Response.Status.CREATED).entity(Registered.of(result)).build();
        } catch (InvalidInput e) {
            return problems(e.problems());
        } catch (NotAllowed e) {
            return Response.status(Response.Status.CONFLICT).entity(new Refusal(e.messageKey())).build();
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
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new Problems(problems)).build();
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

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new Refusal("conference.error.notFound")).build();
    }
}
