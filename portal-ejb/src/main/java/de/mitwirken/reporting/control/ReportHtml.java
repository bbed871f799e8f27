package de.mitwirken.reporting.control;

import static de.mitwirken.platform.boundary.Markup.escapeHtml;

import de.mitwirken.backlog.entity.KpiDirection;
import de.mitwirken.platform.entity.Language;
import de.mitwirken.reporting.control.ReportContent.ClusterLine;
import de.mitwirken.reporting.control.ReportContent.Decision;
import de.mitwirken.reporting.control.ReportContent.FieldSection;
import de.mitwirken.reporting.control.ReportContent.ItemChange;
import de.mitwirken.reporting.control.ReportContent.KpiMovement;
import de.mitwirken.reporting.control.ReportContent.NeedLine;
import de.mitwirken.reporting.control.ReportContent.OpenDivergence;
import de.mitwirken.strategy.StrategyField;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import de.mitwirken.reporting.control.ReportContent.KpiPoint;
import de.mitwirken.reporting.control.ReportContent.MilestoneLine;
import de.mitwirken.reporting.entity.CommentarySection;
import java.util.ResourceBundle;

/**
 * Renders a report's content as an XHTML fragment (an {@code <article>} with h2/h3 sections, tables with
 * captions and header cells), the snapshot that is stored and shown inside the portal's frame; the PDF is
 * made from the same fragment (see {@link ReportPdf}). Every text from data is escaped here, so the
 * fragment carries no markup but ours. The fragment has no h1: the page or the PDF adds the title as h1.
 * <p>
 * Every report is generated in German, the language the council works and decides in, and in English
 * (texts: {@code report_de.properties}, {@code report_en.properties}); the article says which with
 * {@code lang}, so that a page in the other language marks the change for screen readers. Titles and texts
 * from data (items, needs, KPIs) are as the portal holds them, in German.
 * <p>
 * Where the strategy office's commentary goes, the fragment has a mark ({@code <!--commentary:OVERALL-->},
 * one per strategy field); {@link #withCommentary} writes the commentary there, for the draft's preview and
 * for the released document.
 */
public final class ReportHtml {

    public static final Language LANGUAGE = Language.DE;
    static final String BUNDLE = "de.mitwirken.reporting.report";

    private static final String MARK = "<!--commentary:%s-->";

    private final Language language;
    private final ResourceBundle texts;
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    private final StringBuilder out = new StringBuilder();

    private ReportHtml(Language language) {
        this.language = language;
        texts = texts(language);
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        numbers = NumberFormat.getNumberInstance(language.locale());
        numbers.setMaximumFractionDigits(2);
    }

    public static ResourceBundle texts(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), ReportHtml.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The report's title for a period. */
    public static String title(Language language, LocalDate from, LocalDate to) {
        ReportHtml html = new ReportHtml(language);
        return html.text("title", html.date(from), html.date(to));
    }

    /** The German fragment for a report of this version. */
    public static String render(ReportContent content, int version) {
        return render(content, version, LANGUAGE);
    }

    /** The fragment in a language, with the commentary marks. */
    public static String render(ReportContent content, int version, Language language) {
        return new ReportHtml(language).article(content, version);
    }

    /**
     * The fragment with the office's commentary at its marks: the commentary in the fragment's language, or the
     * German one with a note that it exists only in German (marked {@code lang="de"}), or, in a draft, a note that
     * it is still missing. The commentary is plain text: escaped here, blank lines make paragraphs.
     */
    public static String withCommentary(String fragment, Language language, Function<CommentarySection, Optional<String>> own,
                                        Function<CommentarySection, Optional<String>> german) {
        ReportHtml html = new ReportHtml(language);
        String result = fragment;
        for (CommentarySection section : CommentarySection.inOrder()) {
            String mark = MARK.formatted(section.name());
            if (result.contains(mark)) {
                result = result.replace(mark, html.commentary(section, own.apply(section), german.apply(section)));
            }
        }
        return result;
    }

    private String commentary(CommentarySection section, Optional<String> own, Optional<String> german) {
        boolean overall = section == CommentarySection.OVERALL;
        out.setLength(0);
        out.append(overall ? "<section class=\"report-commentary\" id=\"report-commentary\">\n<h2>"
                        : "<div class=\"report-commentary\" id=\"commentary-" + section.name().toLowerCase() + "\">\n<h4>")
                .append(escapeHtml(text(overall ? "commentary.overall" : "commentary.field"))).append(overall ? "</h2>\n" : "</h4>\n");
        if (own.isPresent()) {
            paragraphs(own.get());
        } else if (german.isPresent() && language != Language.DE) {
            p("report-hint", text("commentary.germanOnly"));
            out.append("<div lang=\"de\">\n");
            paragraphs(german.get());
            out.append("</div>\n");
        } else {
            p("report-hint report-commentary-missing", text("commentary.missing"));
        }
        out.append(overall ? "</section>\n" : "</div>\n");
        return out.toString();
    }

    private void paragraphs(String text) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(escapeHtml(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>\n");
        }
    }

    private String article(ReportContent content, int version) {
        out.append("<article class=\"progress-report\" lang=\"").append(language.tag()).append("\">\n");
        p("report-meta", text("meta", date(content.period().from()), date(content.period().to()), version,
                date(LocalDate.ofInstant(content.generatedAt(), de.mitwirken.reporting.entity.ReportPeriod.ZONE))));
        p(null, text("intro"));
        out.append(MARK.formatted(CommentarySection.OVERALL.name())).append('\n');
        fields(content);
        kpis(content.kpis());
        milestones(content);
        recommendations(content.recommendations());
        decisions(content.decisions());
        open(content.openDivergences());
        out.append("</article>\n");
        return out.toString();
    }

    private void fields(ReportContent content) {
        section("fields", "fields.heading");
        for (StrategyField field : StrategyField.values()) {
            FieldSection section = content.fields().get(field);
            String name = text("field." + field);
            out.append("<section class=\"report-field\" id=\"field-").append(field.name().toLowerCase()).append("\">\n");
            out.append("<h3>").append(escapeHtml(name)).append("</h3>\n");
            out.append(MARK.formatted(CommentarySection.of(field).name())).append('\n');
            if (section == null || section.isEmpty()) {
                p(null, text("fields.quiet"));
                out.append("</section>\n");
                continue;
            }
            items(section.items(), name);
            p(null, text("needs.count", section.newNeeds()));
            if (!section.topNeeds().isEmpty()) {
                table(text("needs.caption", name), List.of(text("needs.need"), text("needs.supporters")));
                for (NeedLine need : section.topNeeds()) {
                    row(escapeHtml(need.title()), escapeHtml(numbers.format(need.supporters())));
                }
                out.append("</tbody></table>\n");
            }
            out.append("<h4>").append(escapeHtml(text("clusters.heading"))).append("</h4>\n");
            if (section.clusters().isEmpty()) {
                p(null, text("clusters.none"));
            } else {
                out.append("<ul>\n");
                for (ClusterLine cluster : section.clusters()) {
                    out.append("<li>").append(escapeHtml(text("clusters.line", cluster.title(), cluster.needs()))).append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }

    private void items(List<ItemChange> items, String fieldName) {
        if (items.isEmpty()) {
            p(null, text("items.none"));
            return;
        }
        table(text("items.caption", fieldName), List.of(text("items.item"), text("items.before"), text("items.after"),
                text("items.date")));
        for (ItemChange item : items) {
            row(escapeHtml(item.title()), escapeHtml(item.before() == null ? text("items.new") : text("status." + item.before())),
                    escapeHtml(text("status." + item.after())), escapeHtml(date(item.changedOn())));
        }
        out.append("</tbody></table>\n");
    }

    private void recommendations(List<ReportContent.RecommendationLine> recommendations) {
        section("board", "board.heading");
        if (recommendations.isEmpty()) {
            p(null, text("board.none"));
        } else {
            p(null, text("board.lead"));
            table(text("board.caption"), List.of(text("board.recommendation"), text("board.addressee"), text("board.vote"),
                    text("board.status"), text("board.moved")));
            for (ReportContent.RecommendationLine r : recommendations) {
                row(escapeHtml(r.title()), escapeHtml(text("board.addressee." + r.addressee())),
                        escapeHtml(text("board.voteLine", date(r.votedOn()), r.yes(), r.no(), r.abstain())),
                        escapeHtml(text("board.status." + r.statusAtEnd()) + (r.lastAnsweredBy() == null ? ""
                                : " (" + r.lastAnsweredBy() + ")")),
                        escapeHtml(r.movedInPeriod() ? text("board.yes") : text("board.no")));
            }
            out.append("</tbody></table>\n");
        }
        out.append("</section>\n");
    }

    private void kpis(List<KpiMovement> kpis) {
        section("kpis", "kpis.heading");
        if (kpis.isEmpty()) {
            p(null, text("kpis.none"));
        } else {
            p(null, text("kpis.lead"));
            table(text("kpis.caption"), List.of(text("kpis.kpi"), text("kpis.factor"), text("kpis.start"), text("kpis.end"),
                    text("kpis.movement"), text("kpis.statusStart"), text("kpis.statusEnd")));
            for (KpiMovement kpi : kpis) {
                String name = escapeHtml(kpi.name()) + (kpi.direction() == KpiDirection.LOWER_IS_BETTER
                        ? " <span class=\"report-hint\">" + escapeHtml(text("kpis.lowerIsBetter")) + "</span>" : "");
                row(name, escapeHtml(text("factor." + kpi.successFactor())), value(kpi.startValue(), kpi.startDate(), kpi.unit()),
                        value(kpi.endValue(), kpi.endDate(), kpi.unit()), escapeHtml(text("movement." + kpi.movement())),
                        light(kpi.statusAtStart().name()), light(kpi.statusAtEnd().name()));
            }
            out.append("</tbody></table>\n");
            kpis.forEach(this::chart);
        }
        out.append("</section>\n");
    }

    /**
     * A KPI's chart as an image with its text alternative, and the same values as a table beside it (the image
     * adds the shape, the table and the alternative carry every number).
     */
    private void chart(KpiMovement kpi) {
        out.append("<section class=\"report-kpi\" id=\"report-kpi-").append(kpi.kpiId()).append("\">\n<h3>")
                .append(escapeHtml(kpi.name())).append("</h3>\n");
        List<KpiPoint> points = kpi.points();
        if (points.isEmpty()) {
            p(null, text("chart.none"));
            out.append("</section>\n");
            return;
        }
        KpiPoint last = points.get(points.size() - 1);
        String alt = text("chart.alt", kpi.name(), points.size(), date(points.get(0).date()), date(last.date()),
                numbers.format(last.value()) + " " + kpi.unit());
        out.append("<figure class=\"report-chart\">\n<img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(ReportChart.png(points))).append("\" alt=\"").append(escapeHtml(alt))
                .append("\" width=\"").append(ReportChart.WIDTH).append("\" height=\"").append(ReportChart.HEIGHT)
                .append("\"/>\n<figcaption>").append(escapeHtml(text("chart.caption", kpi.name()))).append("</figcaption>\n</figure>\n");
        table(text("chart.table", kpi.name()), List.of(text("chart.date"), text("chart.value")));
        for (KpiPoint point : points) {
            row(escapeHtml(date(point.date())), escapeHtml(numbers.format(point.value()) + " " + kpi.unit()));
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private void milestones(ReportContent content) {
        section("milestones", "milestones.heading");
        milestoneTable(content.reachedMilestones(), "milestones.reached", "milestones.reachedNone", true);
        milestoneTable(content.overdueMilestones(), "milestones.overdue", "milestones.overdueNone", false);
        out.append("</section>\n");
    }

    private void milestoneTable(List<MilestoneLine> lines, String caption, String none, boolean reached) {
        if (lines.isEmpty()) {
            p(null, text(none));
            return;
        }
        table(text(caption), reached ? List.of(text("milestones.milestone"), text("milestones.item"), text("milestones.due"),
                text("milestones.reachedOn")) : List.of(text("milestones.milestone"), text("milestones.item"), text("milestones.due")));
        for (MilestoneLine m : lines) {
            if (reached) {
                row(escapeHtml(m.title()), escapeHtml(m.itemTitle()), escapeHtml(date(m.dueDate())), escapeHtml(date(m.reachedOn())));
            } else {
                row(escapeHtml(m.title()), escapeHtml(m.itemTitle()), escapeHtml(date(m.dueDate())));
            }
        }
        out.append("</tbody></table>\n");
    }

    private String value(Double value, LocalDate measuredOn, String unit) {
        if (value == null) {
            return escapeHtml(text("kpis.noValue"));
        }
        return escapeHtml(numbers.format(value) + " " + unit) + "<br/><span class=\"report-hint\">"
                + escapeHtml(text("kpis.measuredOn", date(measuredOn))) + "</span>";
    }

    private String light(String status) {
        return "<span class=\"report-light report-light--" + status.toLowerCase().replace('_', '-') + "\">"
                + escapeHtml(text("kpiStatus." + status)) + "</span>";
    }

    private void decisions(List<Decision> decisions) {
        section("decisions", "decisions.heading");
        if (decisions.isEmpty()) {
            p(null, text("decisions.none"));
        } else {
            table(text("decisions.caption"), List.of(text("decisions.between"), text("decisions.body"), text("decisions.date"),
                    text("decisions.outcome"), text("decisions.document")));
            for (Decision d : decisions) {
                row(escapeHtml(text("conflict", item(d.itemTitle()), item(d.otherItemTitle()))), escapeHtml(text("body." + d.body())),
                        escapeHtml(date(d.date())), escapeHtml(d.outcome()),
                        d.council() != null ? council(d.council())
                                : d.documentRef() == null ? escapeHtml(text("decisions.noDocument"))
                                : "<span class=\"report-nowrap\">" + escapeHtml(d.documentRef()) + "</span>");
            }
            out.append("</tbody></table>\n");
        }
        out.append("</section>\n");
    }

    /** The council paper of a decision: reference and title (linked to the council's page), its consultations. */
    private String council(ReportContent.CouncilDecision paper) {
        String label = escapeHtml(paper.reference() == null ? "" : paper.reference())
                + (paper.name() == null ? "" : (paper.reference() == null ? "" : " – ") + escapeHtml(paper.name()));
        StringBuilder cell = new StringBuilder(paper.webUrl() == null ? label
                : "<a href=\"" + escapeHtml(paper.webUrl()) + "\">" + label + "</a>");
        for (ReportContent.CouncilConsultation c : paper.consultations()) {
            cell.append("<br/>").append(escapeHtml(text("decisions.consulted",
                    c.organization() == null ? text("decisions.someBody") : c.organization(),
                    c.date() == null ? "–" : date(c.date()),
                    c.result() == null ? text("decisions.noResult") : c.result())));
        }
        if (paper.deleted()) {
            cell.append("<br/>").append(escapeHtml(text("decisions.paperDeleted")));
        }
        return cell.toString();
    }

    private void open(List<OpenDivergence> open) {
        section("open-divergences", "open.heading");
        if (open.isEmpty()) {
            p(null, text("open.none"));
        } else {
            table(text("open.caption"), List.of(text("open.between"), text("open.since")));
            for (OpenDivergence d : open) {
                row(escapeHtml(text("conflict", item(d.itemTitle()), item(d.otherItemTitle()))), escapeHtml(date(d.openedOn())));
            }
            out.append("</tbody></table>\n");
        }
        out.append("</section>\n");
    }

    /** An item's title, or words for an item the public does not see yet. */
    private String item(String title) {
        return ReportSources.INTERNAL_ITEM.equals(title) ? text("items.internal") : title;
    }

    private void section(String id, String headingKey) {
        out.append("<section id=\"report-").append(id).append("\">\n<h2>").append(escapeHtml(text(headingKey))).append("</h2>\n");
    }

    private void p(String cssClass, String text) {
        out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(escapeHtml(text)).append("</p>\n");
    }

    private void table(String caption, List<String> headers) {
        out.append("<table class=\"data-table report-table\">\n<caption>").append(escapeHtml(caption)).append("</caption>\n<thead><tr>");
        headers.forEach(h -> out.append("<th scope=\"col\">").append(escapeHtml(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
    }

    /** A table row: the first cell is the row's header; cells are markup already escaped. */
    private void row(String... cells) {
        out.append("<tr><th scope=\"row\">").append(cells[0]).append("</th>");
        for (int i = 1; i < cells.length; i++) {
            out.append("<td>").append(cells[i]).append("</td>");
        }
        out.append("</tr>\n");
    }

    private String text(String key, Object... values) {
        String pattern = texts.getString(key);
        return values.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale()).format(values);
    }

    private String date(LocalDate date) {
        return date == null ? "" : date.format(dates);
    }
}
