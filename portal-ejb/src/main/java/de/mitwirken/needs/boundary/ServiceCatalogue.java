package de.mitwirken.needs.boundary;

import de.mitwirken.needs.entity.Service;
import de.mitwirken.needs.entity.ServiceData;
import de.mitwirken.platform.boundary.AuditLog;
import de.mitwirken.platform.boundary.CsvRejected;
import de.mitwirken.platform.boundary.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The strategy office keeps the service catalogue: edit one service, or import and export all of them as
 * CSV. An import is checked row by row and applied only if every row is fine (all or nothing).
 */
@Stateless
@RolesAllowed(NeedsPermissions.CATALOGUE)
public class ServiceCatalogue {

    public static final List<String> COLUMNS = List.of("key", "name_de", "name_en", "department", "case_volume",
            "case_volume_year", "case_volume_source", "ozg_level", "ozg_target");
    static final int MAX_ROWS = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Observed after commit by the backlog, whose reach comes from these figures. */
    @Inject
    Event<ServiceFiguresChanged> figuresChanged;

    /** What an import did. */
    public record Imported(int created, int updated) {
    }

    /** Creates a service, or updates the one with the same key. */
    public long save(ServiceData data) {
        Map<String, String> problems = data.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = apply(data).id();
        figuresChanged.fire(new ServiceFiguresChanged(1));
        return id;
    }

    public Imported importCsv(String csv) {
        List<CsvRejected.Problem> problems = new ArrayList<>();
        List<ServiceData> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String text = csv == null ? "" : csv.replace("\uFEFF", "");
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            if (!header.containsAll(COLUMNS)) {
                throw new CsvRejected(List.of(new CsvRejected.Problem(1, String.join(",", COLUMNS), "services.csv.header")));
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new CsvRejected.Problem(line, "", "services.csv.tooManyRows"));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(new CsvRejected.Problem(line, "", "services.csv.columns"));
                    continue;
                }
                Optional<ServiceData> data = parse(record, line, problems);
                if (data.isPresent()) {
                    if (!keys.add(data.get().key())) {
                        problems.add(new CsvRejected.Problem(line, "key", "services.csv.duplicateKey"));
                    }
                    data.get().problems().forEach((field, key) -> problems.add(new CsvRejected.Problem(line, field, key)));
                    rows.add(data.get());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CsvRejected(List.of(new CsvRejected.Problem(0, "", "services.csv.unreadable")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvRejected.Problem(2, "", "services.csv.empty"));
        }
        if (!problems.isEmpty()) {
            throw new CsvRejected(problems);
        }
        int created = 0;
        for (ServiceData row : rows) {
            boolean existed = existing(row.key()).isPresent();
            apply(row);
            created += existed ? 0 : 1;
        }
        audit.record("needs.services.import", "service-catalogue", "csv",
                rows.size() + " services imported (" + created + " new)", null, Map.of("rows", rows.size()));
        figuresChanged.fire(new ServiceFiguresChanged(rows.size()));
        return new Imported(created, rows.size() - created);
    }

    public String exportCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(COLUMNS.toArray(String[]::new))
                .build().print(out)) {
            for (Service service : em.createNamedQuery(Service.ALL, Service.class).getResultList()) {
                ServiceData d = service.data();
                printer.printRecord(d.key(), d.nameDe(), d.nameEn(), d.department(), d.caseVolume(),
                        d.caseVolumeYear(), d.caseVolumeSource(), d.ozgLevel(), d.ozgTarget());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Service apply(ServiceData data) {
        Optional<Service> existing = existing(data.key());
        if (existing.isPresent()) {
            ServiceData before = existing.get().data();
            existing.get().apply(data, clock.instant());
            if (!before.equals(data)) {
                audit.record("needs.services.update", "service", data.key(), "service updated: " + data.nameDe(),
                        Map.of("caseVolume", String.valueOf(before.caseVolume()), "ozg", before.ozgLevel() + "/" + before.ozgTarget()),
                        Map.of("caseVolume", String.valueOf(data.caseVolume()), "ozg", data.ozgLevel() + "/" + data.ozgTarget()));
            }
            return existing.get();
        }
        Service service = new Service(data, clock.instant());
        em.persist(service);
        em.flush();
        audit.record("needs.services.create", "service", data.key(), "service created: " + data.nameDe(), null,
                Map.of("caseVolume", String.valueOf(data.caseVolume())));
        return service;
    }

    private Optional<Service> existing(String key) {
        return em.createNamedQuery(Service.BY_KEY, Service.class).setParameter("key", key).getResultStream().findFirst();
    }

    private static Optional<ServiceData> parse(CSVRecord r, long line, List<CsvRejected.Problem> problems) {
        Integer volume = number(r, "case_volume", line, problems, true);
        Integer year = number(r, "case_volume_year", line, problems, true);
        Integer level = number(r, "ozg_level", line, problems, false);
        Integer target = number(r, "ozg_target", line, problems, false);
        if (level == null || target == null) {
            return Optional.empty();
        }
        return Optional.of(new ServiceData(r.get("key"), r.get("name_de"), r.get("name_en"), r.get("department"),
                volume, year, r.get("case_volume_source"), level, target));
    }

    private static Integer number(CSVRecord r, String column, long line, List<CsvRejected.Problem> problems,
                                  boolean optional) {
        String value = r.get(column).replace(".", "").replace(" ", "");
        if (value.isEmpty()) {
            if (!optional) {
                problems.add(new CsvRejected.Problem(line, column, "services.csv.missing"));
            }
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new CsvRejected.Problem(line, column, "services.csv.number"));
            return null;
        }
    }
}
