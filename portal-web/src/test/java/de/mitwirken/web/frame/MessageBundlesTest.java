package de.mitwirken.web.frame;

import static de.mitwirken.web.frame.PropertiesEntries.entries;
import static de.mitwirken.web.frame.PropertiesEntries.firstValues;
import static de.mitwirken.web.frame.PropertiesEntries.values;
import static de.mitwirken.web.frame.SourceScan.callArguments;
import static de.mitwirken.web.frame.SourceScan.javaSources;
import static de.mitwirken.web.frame.SourceScan.lastArguments;
import static de.mitwirken.web.frame.SourceScan.literals;
import static de.mitwirken.web.frame.SourceScan.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.backlog.boundary.ItemNews;
import de.mitwirken.backlog.entity.DecidingBody;
import de.mitwirken.backlog.entity.HistoryField;
import de.mitwirken.backlog.entity.Horizon;
import de.mitwirken.backlog.entity.ItemStatus;
import de.mitwirken.backlog.entity.RankingRun;
import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.backlog.entity.KpiStatus;
import de.mitwirken.backlog.entity.LinkKind;
import de.mitwirken.backlog.entity.LinkType;
import de.mitwirken.backlog.entity.MilestoneState;
import de.mitwirken.backlog.entity.ProgressMode;
import de.mitwirken.backlog.entity.Score;
import de.mitwirken.backlog.entity.SuccessFactor;
import de.mitwirken.board.entity.Addressee;
import de.mitwirken.board.entity.ApplicationStatus;
import de.mitwirken.board.entity.BoardRole;
import de.mitwirken.board.entity.Constituency;
import de.mitwirken.board.entity.Invitation;
import de.mitwirken.board.entity.MeetingStatus;
import de.mitwirken.board.entity.RecommendationStatus;
import de.mitwirken.board.entity.VoteChoice;
import de.mitwirken.conference.boundary.CheckInResult;
import de.mitwirken.conference.entity.AttendeeGroup;
import de.mitwirken.conference.entity.ChoiceStatus;
import de.mitwirken.conference.entity.Partner;
import de.mitwirken.conference.entity.RegistrationStatus;
import de.mitwirken.conference.entity.SessionKind;
import de.mitwirken.needs.boundary.NeedFilter;
import de.mitwirken.needs.boundary.QueueFilter;
import de.mitwirken.needs.entity.FlagReason;
import de.mitwirken.needs.entity.ModerationMode;
import de.mitwirken.needs.entity.NeedStatus;
import de.mitwirken.needs.entity.Outcome;
import de.mitwirken.needs.entity.SubmitterType;
import de.mitwirken.platform.boundary.Roles;
import de.mitwirken.platform.entity.ConsentPurpose;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.platform.entity.MailMode;
import de.mitwirken.platform.entity.MailStatus;
import de.mitwirken.web.frame.PropertiesEntries.Entry;
import de.mitwirken.strategy.StrategyField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The language completeness of the portal: German and English bundles hold the same keys once each, with
 * a text, the same placeholders, and English that is not German left untranslated; every key the pages
 * (msg['…'], also keys built from enum values) and the Java code (messages next to fields, refusals,
 * mail templates) use exists. Each test collects every problem and reports them all at once.
 */
class MessageBundlesTest {

    /** The web module's bundles, one per capability: {@code <capability>/messages_<language>.properties}. */
    private static final Path WEB = Path.of("src/main/resources/de/mitwirken/web");
    private static final Path EJB_RESOURCES = Path.of("../portal-ejb/src/main/resources");
    private static final List<String> MAIL_BUNDLES = List.of("de/mitwirken/platform/mails", "de/mitwirken/needs/mails",
            "de/mitwirken/backlog/mails",
            "de/mitwirken/board/mails", "de/mitwirken/conference/mails");
    private static final Path PAGES = Path.of("src/main/webapp");

    /** Values that may be the same in both languages although long: names, terms kept in German on purpose. */
    /** The links to a report in the other language are written in that language, whichever the page is in. */
    private static final Set<String> SAME_ON_PURPOSE = Set.of("reporting.lang.DE", "reporting.lang.EN");

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+(?:,[^}]*)?}");

    /**
     * Keys the pages build from a prefix and a value (msg['needs.field.'.concat(v)]): the values each
     * prefix takes. A new prefix on a page must be added here, so its keys are checked too.
     */
    private static final Map<String, List<String>> PREFIXES = new LinkedHashMap<>();

    static {
        prefix("needs.field.", StrategyField.class);
        prefix("needs.status.", NeedStatus.class);
        prefix("needs.outcome.", Outcome.class);
        prefix("needs.submitterType.", SubmitterType.class);
        prefix("needs.flag.reason.", FlagReason.class);
        prefix("needs.sort.", NeedFilter.Sort.class);
        prefix("moderation.mode.", ModerationMode.class);
        prefix("moderation.filter.about.", QueueFilter.Reported.class);
        prefix("moderation.blocks.state.", de.mitwirken.needs.entity.ParticipationBlock.State.class);
        prefix("moderation.blocks.kind.", de.mitwirken.needs.boundary.BlockFilter.Kind.class);
        prefix("backlog.status.", ItemStatus.class);
        prefix("reporting.draft.section.", de.mitwirken.reporting.entity.CommentarySection.class);
        prefix("reporting.lang.", de.mitwirken.platform.entity.Language.class);
        prefix("backlog.ranking.cause.", RankingRun.Cause.class);
        prefix("backlog.horizon.", Horizon.class);
        prefix("backlog.factor.", SuccessFactor.class);
        prefix("backlog.kpi.direction.", KpiDirection.class);
        prefix("backlog.kpi.status.", KpiStatus.class);
        prefix("backlog.decision.body.", DecidingBody.class);
        prefix("backlog.score.term.", Score.Kind.class);
        prefix("backlog.score.source.", Score.Source.class);
        prefix("backlog.link.out.", LinkType.class);
        prefix("backlog.link.in.", LinkType.class);
        prefix("backlog.links.kind.", LinkKind.class);
        prefix("backlog.links.link.found.", LinkKind.class);
        prefix("backlog.edit.progressMode.", ProgressMode.class);
        prefix("backlog.milestone.state.", MilestoneState.class);
        prefix("backlog.history.field.", HistoryField.class);
        prefix("board.constituency.", Constituency.class);
        prefix("board.meeting.status.", MeetingStatus.class);
        prefix("board.myMeetings.response.", Invitation.Response.class);
        prefix("board.recommendation.addressee.", Addressee.class);
        prefix("board.recommendation.status.", RecommendationStatus.class);
        prefix("board.role.", BoardRole.class);
        prefix("board.status.", ApplicationStatus.class);
        prefix("board.vote.", VoteChoice.class);
        prefix("conference.choice.", ChoiceStatus.class);
        prefix("conference.aspect.", de.mitwirken.conference.entity.SessionAspect.class);
        prefix("conference.door.outcome.", CheckInResult.Outcome.class);
        prefix("conference.group.", AttendeeGroup.class);
        prefix("conference.kind.", SessionKind.class);
        prefix("conference.status.", RegistrationStatus.class);
        PREFIXES.put("backlog.link.", constants(LinkType.class)); // also 'backlog.link.'.concat('out.' or 'in.')…
        prefix("conference.office.status.", RegistrationStatus.class);
        prefix("consent.purpose.", ConsentPurpose.class);
        prefix("organisations.type.", de.mitwirken.platform.entity.OrganisationType.class);
        prefix("organisations.status.", de.mitwirken.platform.entity.RequestStatus.class);
        prefix("admin.mail.status.", MailStatus.class);
        prefix("profile.mailMode.", MailMode.class);
        prefix("profile.trust.", de.mitwirken.platform.entity.TrustLevel.class);
        prefix("profile.trust.hint.", de.mitwirken.platform.entity.TrustLevel.class);
        PREFIXES.put("conference.partner.", Partner.KINDS);
        PREFIXES.put("frame.language.", Arrays.stream(Language.values()).map(Language::tag).toList());
        PREFIXES.put("role.", constants(Roles.class));
        prefix("opendata.frequency.", de.mitwirken.web.platform.OpenDataset.Frequency.class);
        prefix("opendata.format.", de.mitwirken.web.platform.OpenDataset.Format.class);
        // AuditBean's filters, each with a label and a hint
        PREFIXES.put("admin.audit.filter.", List.of("actor", "action", "type", "object", "from", "to"));
        PREFIXES.put("conference.office.column.", List.of("id", "name", "email", "organisation", "type", "group",
                "status", "accessibility", "dietary", "sessions", "checkedIn"));
    }

    /**
     * Prefixes whose values are data, not code (the registration types a conference defines are named by
     * the office; unknown ones fall back to their code): not checkable here.
     */
    private static final Set<String> DATA_PREFIXES = Set.of("conference.type.");

    /**
     * Keys the Java code builds from a prefix and a field or refusal reason ("backlog.error." + field):
     * the suffixes are read from the calls that pass the field (the last argument of the helper), or listed
     * from the entities' refusals where the reason is an exception message.
     */
    private static final Map<String, List<String>> JAVA_PREFIXES = new LinkedHashMap<>();

    static {
        JAVA_PREFIXES.put("backlog.error.", lastArguments("backlog/boundary/Backlog.java", "change(", "apply("));
        JAVA_PREFIXES.put("board.error.", lastArguments("board/boundary/", "Steps.run("));
        JAVA_PREFIXES.put("board.error.minutes.", List.of("item", "text"));
        JAVA_PREFIXES.put("board.error.vote.", List.of("meeting", "quorum", "votes"));
        JAVA_PREFIXES.put("board.error.track.", List.of("status", "onDate", "answeredBy", "note"));
        JAVA_PREFIXES.put("needs.field.", constants(StrategyField.class));
        // PlanView: the values of the public change history
        JAVA_PREFIXES.put("backlog.status.", constants(ItemStatus.class));
        JAVA_PREFIXES.put("backlog.horizon.", constants(Horizon.class));
        JAVA_PREFIXES.put("conference.group.", constants(AttendeeGroup.class));
        JAVA_PREFIXES.put("conference.office.column.", PREFIXES.get("conference.office.column."));
        JAVA_PREFIXES.put("conference.type.", List.of()); // data: the office names the registration types
        JAVA_PREFIXES.put("conference.office.status.", constants(RegistrationStatus.class));
        JAVA_PREFIXES.put("conference.choice.", constants(ChoiceStatus.class));
        JAVA_PREFIXES.put("backlog.links.linked.", constants(LinkKind.class));
        JAVA_PREFIXES.put("board.recommendation.status.", constants(RecommendationStatus.class));
        // the Atom feeds' entries (web.needs, web.board)
        JAVA_PREFIXES.put("needs.outcome.", constants(Outcome.class));
        JAVA_PREFIXES.put("board.meeting.status.", constants(MeetingStatus.class));
        JAVA_PREFIXES.put("board.recommendation.addressee.", constants(Addressee.class));
        JAVA_PREFIXES.put("backlog.links.unlinked.", constants(LinkKind.class));
        JAVA_PREFIXES.put("backlog.kpi.error.", literals("backlog/entity/KpiDraft.java", "text\\(problems, \"(\\w+)\""));
        // the refusals of Meeting.approveMinutesIn and BoardMember.cease, passed on as the exception's message
        JAVA_PREFIXES.put("board.error.approve.", List.of("approvingMeeting", "quorum", "minutesMissing"));
        JAVA_PREFIXES.put("board.error.cease.", List.of("date", "reason"));
        // the human check's question: its two numbers (1 to 9) in words (HumanProofs.question)
        JAVA_PREFIXES.put("platform.human.number.", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    /** Calls whose key-like string arguments are message keys of the web bundle. */
    private static final List<String> KEY_CALLS = List.of("Pages.error(", "Pages.info(", "Pages.infoAfterRedirect(",
            "Pages.text(", "problems.put(", "errors.put(", "InvalidInput.of(", "new NotAllowed(", "new FormResult(",
            "FormResult.ok(", "FormResult.error(", "new CsvRejected.Problem(", "new ChoiceRefused(", "new Entry(",
            "act(", "label(", "new Refusal(", "Refusal.invalid(", "Refusal.notAllowed(");

    @Test
    void germanAndEnglishHoldTheSameKeysOnceEachWithATranslatedText() {
        List<String> problems = new ArrayList<>();
        for (String capability : Messages.CAPABILITIES) {
            comparePair(capability + "/messages", bundle(capability, "de"), bundle(capability, "en"), problems);
        }
        for (String mails : MAIL_BUNDLES) {
            comparePair(mails, EJB_RESOURCES.resolve(mails + "_de.properties"), EJB_RESOURCES.resolve(mails + "_en.properties"),
                    problems);
        }
        assertNoProblems(problems);
    }

    /**
     * The rule of the bundles' head comment: the first segment of a key names its capability (needs also
     * holds moderation. and services.), every other key is platform's; and a key is in one bundle only.
     */
    @Test
    void everyKeyIsInTheOneBundleOfItsCapability() {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (String capability : Messages.CAPABILITIES) {
                for (String key : values(bundle(capability, language)).keySet()) {
                    String before = seen.putIfAbsent(key, capability);
                    if (before != null) {
                        problems.add(key + " is in " + before + "/messages_" + language + " and in " + capability
                                + "/messages_" + language);
                    }
                    if (!owner(key).equals(capability)) {
                        problems.add(capability + "/messages_" + language + ": " + key + " belongs to " + owner(key));
                    }
                }
            }
        }
        assertTrue(!Files.exists(WEB.resolve("messages_de.properties")), "no bundle outside the capabilities' ones");
        assertNoProblems(problems);
    }

    static String owner(String key) {
        String first = key.substring(0, Math.max(0, key.indexOf('.')));
        return switch (first) {
            case "needs", "moderation", "services" -> "needs";
            case "backlog", "board", "conference", "reporting", "council" -> first;
            default -> "platform";
        };
    }

    @Test
    void everyKeyThePagesUseExists() {
        Map<String, String> de = joined("de");
        Map<String, String> en = joined("en");
        List<String> problems = new ArrayList<>();
        Pattern literal = Pattern.compile("msg\\['([^']*)']");
        Pattern built = Pattern.compile("msg\\[\\s*'([^']*)'\\s*\\.concat\\(");
        Pattern dotted = Pattern.compile("msg\\.([A-Za-z_]\\w*)");
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                String text = read(page);
                String where = PAGES.relativize(page).toString();
                expectKeys(literal, text, where, de, en, problems);
                expectKeys(dotted, text, where, de, en, problems);
                Matcher m = built.matcher(text);
                while (m.find()) {
                    String prefix = m.group(1);
                    if (DATA_PREFIXES.contains(prefix)) {
                        continue;
                    }
                    List<String> suffixes = PREFIXES.get(prefix);
                    if (suffixes == null) {
                        problems.add(where + ": keys built from '" + prefix + "' are not checked: add the prefix to PREFIXES");
                        continue;
                    }
                    for (String suffix : suffixes) {
                        expectKey(prefix + suffix, where, de, en, problems);
                        if (prefix.equals("admin.audit.filter.")) {
                            expectKey(prefix + suffix + ".hint", where, de, en, problems);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(de.keySet().containsAll(Set.of("needs.field.MOBILITY", "easy.switch.show")), "the bundle was read");
        assertNoProblems(problems);
    }

    @Test
    void everyKeyTheJavaCodeUsesExists() {
        Map<String, String> de = joined("de");
        Map<String, String> en = joined("en");
        List<String> problems = new ArrayList<>();
        Pattern builtKey = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"\\s*\\+");
        int checked = 0;
        for (Path source : javaSources()) {
            String text = read(source);
            String where = source.getFileName().toString();
            if (where.equals("ReportHtml.java") || where.equals("MessageBundlesTest.java")) {
                continue; // the council report has a bundle of its own (German only, see report_de.properties)
            }
            for (String call : KEY_CALLS) {
                for (String arguments : callArguments(text, call)) {
                    Matcher m = Pattern.compile("\"([^\"\\\\]*)\"(\\s*\\+)?").matcher(arguments);
                    while (m.find()) {
                        String literal = m.group(1);
                        if (m.group(2) == null && KEY.matcher(literal).matches()) {
                            expectKey(literal, where, de, en, problems);
                            checked++;
                        }
                    }
                    Matcher prefix = builtKey.matcher(arguments);
                    while (prefix.find()) {
                        List<String> suffixes = JAVA_PREFIXES.get(prefix.group(1));
                        if (suffixes == null) {
                            problems.add(where + ": keys built from \"" + prefix.group(1)
                                    + "\" are not checked: add the prefix to JAVA_PREFIXES");
                        } else {
                            suffixes.forEach(s -> expectKey(prefix.group(1) + s, where, de, en, problems));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 300, "the scan found the keys of the code (" + checked + ")");
        assertNoProblems(problems);
    }

    @Test
    void everyMailTemplateHasASubjectAndABodyInBothLanguages() {
        List<String> problems = new ArrayList<>();
        Pattern template = Pattern.compile("new MailTemplate\\(\\s*(BUNDLE|\"([^\"]+)\")\\s*,\\s*\"([^\"]+)\"\\s*\\)");
        Pattern bundleConstant = Pattern.compile("String BUNDLE\\s*=\\s*\"([^\"]+)\"");
        int templates = 0;
        for (Path source : javaSources()) {
            String text = read(source);
            Matcher m = template.matcher(text);
            while (m.find()) {
                String bundle = m.group(2);
                if (bundle == null) {
                    Matcher constant = bundleConstant.matcher(text);
                    assertTrue(constant.find(), source + " names its BUNDLE");
                    bundle = constant.group(1);
                }
                templates++;
                for (String language : List.of("de", "en")) {
                    Path file = EJB_RESOURCES.resolve(bundle.replace('.', '/') + "_" + language + ".properties");
                    if (!Files.exists(file)) {
                        problems.add(source.getFileName() + ": no mail bundle " + file);
                        continue;
                    }
                    Map<String, String> texts = values(file);
                    for (String part : List.of(".subject", ".body")) {
                        if (!texts.containsKey(m.group(3) + part)) {
                            problems.add(file.getFileName() + ": " + m.group(3) + part + " missing (" + source.getFileName() + ")");
                        }
                    }
                }
            }
        }
        for (String language : List.of("de", "en")) {
            Map<String, String> platform = values(EJB_RESOURCES.resolve("de/mitwirken/platform/mails_" + language + ".properties"));
            for (String key : List.of("layout.signature", "layout.footer")) {
                if (!platform.containsKey(key)) {
                    problems.add("platform mails_" + language + ": " + key + " missing");
                }
            }
            // keys the mail code builds: NeedNotifications names the outcome, ConferenceMails an active choice's status
            checkIn("de/mitwirken/needs/mails", language,
                    Arrays.stream(Outcome.values()).map(o -> "needs.outcome." + o).toList(), problems);
            checkIn("de/mitwirken/conference/mails", language, Arrays.stream(ChoiceStatus.values())
                    .filter(ChoiceStatus::isActive).map(c -> "conference.choice." + c).toList(), problems);
            // ItemNotifications: a template per kind of news, statuses and lights in the recipient's language
            List<String> backlog = new ArrayList<>();
            for (ItemNews.Kind kind : ItemNews.Kind.values()) {
                for (String part : List.of(".subject", ".body", ".digest")) {
                    backlog.add("backlog.news." + kind + part);
                }
            }
            Arrays.stream(ItemStatus.values()).forEach(st -> backlog.add("backlog.status." + st));
            Arrays.stream(KpiStatus.values()).forEach(st -> backlog.add("backlog.light." + st));
            backlog.add("backlog.date.pattern");
            checkIn("de/mitwirken/backlog/mails", language, backlog, problems);
        }
        assertTrue(templates >= 15, "the scan found the mail templates (" + templates + ")");
        assertNoProblems(problems);
    }

    // --- the rules ---

    private static void comparePair(String name, Path dePath, Path enPath, List<String> problems) {
        List<Entry> de = entries(dePath);
        List<Entry> en = entries(enPath);
        for (List<Entry> file : List.of(de, en)) {
            String fileName = (file == de ? dePath : enPath).getFileName().toString();
            Map<String, Long> counts = file.stream().collect(Collectors.groupingBy(Entry::key, Collectors.counting()));
            counts.forEach((key, count) -> {
                if (count > 1) {
                    problems.add(fileName + ": " + key + " appears " + count + " times (lines "
                            + file.stream().filter(e -> e.key().equals(key)).map(e -> String.valueOf(e.line()))
                            .collect(Collectors.joining(", ")) + ")");
                }
            });
            file.stream().filter(e -> e.value().isBlank())
                    .forEach(e -> problems.add(fileName + ": " + e.key() + " (line " + e.line() + ") has no text"));
        }
        Map<String, String> deValues = firstValues(de);
        Map<String, String> enValues = firstValues(en);
        new TreeSet<>(deValues.keySet()).stream().filter(k -> !enValues.containsKey(k))
                .forEach(k -> problems.add(name + ": " + k + " only in German"));
        new TreeSet<>(enValues.keySet()).stream().filter(k -> !deValues.containsKey(k))
                .forEach(k -> problems.add(name + ": " + k + " only in English"));
        for (String key : new TreeSet<>(deValues.keySet())) {
            String german = deValues.get(key);
            String english = enValues.get(key);
            if (english == null) {
                continue;
            }
            if (!placeholders(german).equals(placeholders(english))) {
                problems.add(name + ": " + key + " has placeholders " + placeholders(german) + " in German but "
                        + placeholders(english) + " in English");
            }
            if (german.equals(english) && untranslated(german) && !SAME_ON_PURPOSE.contains(key)) {
                problems.add(name + ": " + key + " is the same in English as in German (untranslated?): " + german);
            }
        }
    }

    /** A long sentence the same in both languages is almost surely not translated; short terms may be. */
    static boolean untranslated(String value) {
        String words = PLACEHOLDER.matcher(value).replaceAll(" ").replaceAll("https?://\\S+", " ");
        return Arrays.stream(words.split("[\\s/–-]+")).filter(w -> w.matches(".*\\p{L}{2,}.*")).count() >= 4;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group().replaceAll(",.*}", "}"));
        }
        return found;
    }

    private static void expectKeys(Pattern pattern, String text, String where, Map<String, String> de,
                                   Map<String, String> en, List<String> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expectKey(m.group(1), where, de, en, problems);
        }
    }

    private static void expectKey(String key, String where, Map<String, String> de, Map<String, String> en,
                                  List<String> problems) {
        if (!de.containsKey(key) || !en.containsKey(key)) {
            String missing = !de.containsKey(key) && !en.containsKey(key) ? "both bundles"
                    : !de.containsKey(key) ? "messages_de" : "messages_en";
            String problem = where + ": " + key + " missing in " + missing;
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
    }

    private static Path bundle(String capability, String language) {
        return WEB.resolve(capability).resolve("messages_" + language + ".properties");
    }

    /** The texts of all capabilities in one language, as the pages see them through {@link Messages}. */
    private static Map<String, String> joined(String language) {
        Map<String, String> all = new LinkedHashMap<>();
        Messages.CAPABILITIES.forEach(capability -> all.putAll(values(bundle(capability, language))));
        return all;
    }

    private static void checkIn(String bundle, String language, List<String> keys, List<String> problems) {
        Map<String, String> texts = values(EJB_RESOURCES.resolve(bundle + "_" + language + ".properties"));
        keys.stream().filter(k -> !texts.containsKey(k))
                .forEach(k -> problems.add(bundle + "_" + language + ": " + k + " missing"));
    }

    private static void assertNoProblems(List<String> problems) {
        assertEquals(List.of(), problems, problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static void prefix(String prefix, Class<? extends Enum<?>> type) {
        PREFIXES.put(prefix, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static List<String> constants(Class<?> type) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        return Arrays.stream(type.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    // --- the rules themselves, on small examples, so that a rule that cannot fail is noticed ---

    @Test
    void theRulesFindWhatTheyLookFor() throws IOException {
        Path dir = Files.createTempDirectory("bundles");
        Path de = dir.resolve("t_de.properties");
        Path en = dir.resolve("t_en.properties");
        Files.writeString(de, "# Kommentar\na.one=Eins\na.one=Doppelt\nb.empty=\nc.long=Bitte geben Sie einen Titel an.\n"
                + "d.ph=Hallo {name}\ne.multi=erste \\\n    zweite\nf.onlyDe=Nur hier\n", StandardCharsets.UTF_8);
        Files.writeString(en, "a.one=One\nb.empty=Empty\nc.long=Bitte geben Sie einen Titel an.\nd.ph=Hello {0}\n"
                + "e.multi=first second\ng.onlyEn=Only here\n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        comparePair("t", de, en, problems);
        assertEquals(List.of(
                "t_de.properties: a.one appears 2 times (lines 2, 3)",
                "t_de.properties: b.empty (line 4) has no text",
                "t: f.onlyDe only in German",
                "t: g.onlyEn only in English",
                "t: c.long is the same in English as in German (untranslated?): Bitte geben Sie einen Titel an.",
                "t: d.ph has placeholders [{name}] in German but [{0}] in English"), problems);
        assertEquals("erste zweite", values(de).get("e.multi"), "a continued line is one value");
        assertTrue(!untranslated("Status") && !untranslated("E-Mail: {0}") && !untranslated("PDF/UA"));
        assertEquals(List.of("needs", "needs", "backlog", "reporting", "platform", "platform", "platform"),
                Stream.of("needs.title", "moderation.title", "backlog.title", "reporting.title", "frame.signIn",
                        "jakarta.faces.component.UIInput.REQUIRED", "factor.balance").map(MessageBundlesTest::owner).toList());
        assertEquals(List.of("\"x.y\", f(\"a\")", "1"), callArguments("Pages.info(\"x.y\", f(\"a\")); Pages.info(1);", "Pages.info("));
    }
}
