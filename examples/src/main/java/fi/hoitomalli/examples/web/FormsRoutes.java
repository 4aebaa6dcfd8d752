package fi.hoitomalli.examples.web;

import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.team.SecretaryId;
import static fi.hoitomalli.examples.web.FormsWebServer.header;
import static fi.hoitomalli.examples.web.FormsWebServer.send;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.forms.QuickLinkTemplate;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.json.FormSchemas;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.TeamId;

/**
 * The pages of the web forms and the rules of a post.
 * <ul>
 * <li>{@code GET [/{lang}]/} — every team's quick links;</li>
 * <li>{@code GET [/{lang}]/forms/{form}?recorder=…&team=…} — a quick link: the form, prefilled;</li>
 * <li>{@code POST} to the same address — checked by the library; invalid: the form again (422) with every
 * message next to its field and everything as typed; valid: recorded, then {@code 303} to the list;</li>
 * <li>{@code GET [/{lang}]/open-feedback?team=…} — the team's open feedback with due dates.</li>
 * </ul>
 * Without a language prefix the page follows {@code Accept-Language}. A post is accepted only as
 * {@code application/x-www-form-urlencoded} (else 415), of at most {@link #MAX_BODY_BYTES} (else 413),
 * from the same origin ({@code Origin}, {@code Sec-Fetch-Site}) and with the session's form token (else 403).
 */
final class FormsRoutes implements HttpHandler {

    /** The largest form post accepted: both forms fit in a fraction of it. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FormsRoutes.class);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String FORM_CONTENT = "application/x-www-form-urlencoded";
    private static final String FORMS_PREFIX = "/forms/";
    private static final String OPEN_FEEDBACK = "/open-feedback";

    private final FormsSite site;
    private final QuickLinkTemplate template;
    private final CsrfTokens tokens;
    private final String stylesheet = FormsWebServer.resource("forms.css");

    FormsRoutes(FormsSite site, QuickLinkTemplate template, CsrfTokens tokens) {
        this.site = Objects.requireNonNull(site, "site must not be null");
        this.template = Objects.requireNonNull(template, "template must not be null");
        this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            LOG.error("Request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            send(exchange, 500, "text/plain; charset=utf-8", "Internal error", List.of());
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(Page.STYLESHEET) && method.equals("GET")) {
            send(exchange, 200, "text/css; charset=utf-8", stylesheet,
                    List.<String[]>of(new String[] {"Cache-Control", "max-age=3600"}));
            return;
        }
        Request request = Request.of(exchange);
        boolean isForm = request.rest().startsWith(FORMS_PREFIX);
        if (!method.equals("GET") && !(isForm && method.equals("POST"))) {
            send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed",
                    List.<String[]>of(new String[] {"Allow", isForm ? "GET, POST" : "GET"}));
            return;
        }
        if (request.rest().isEmpty() || request.rest().equals("/")) {
            index(exchange, request);
        } else if (isForm) {
            form(exchange, request);
        } else if (request.rest().equals(OPEN_FEEDBACK)) {
            openFeedback(exchange, request);
        } else {
            notFound(exchange, request);
        }
    }

    private void index(HttpExchange exchange, Request request) throws IOException {
        String html = new IndexPage(request.page()).render(site.centre(),
                (link, language) -> "/" + language.tag() + "/" + template.expand(link),
                team -> openFeedbackPath(request.page().language(), team.id(), Optional.empty(), Optional.empty()));
        send(exchange, 200, HTML, html, List.of());
    }

    private void form(HttpExchange exchange, Request request) throws IOException {
        Optional<QuickLink> link = quickLink(request);
        if (link.isEmpty()) {
            notFound(exchange, request);
            return;
        }
        if (exchange.getRequestMethod().equals("POST")) {
            post(exchange, request, link.get().form());
            return;
        }
        Session session = Session.of(exchange, tokens);
        String html = new FormPage(request.page(), schemaForm(link.get().form(), request.page().language()),
                prefill(link.get()), List.of()).render(request.target(), tokens.tokenFor(session.id()));
        send(exchange, 200, HTML, html, session.cookieHeaders());
    }

    /** The link a form address stands for; a bare {@code /forms/feedback} opens the form unfilled. */
    private Optional<QuickLink> quickLink(Request request) {
        String relative = request.rest().substring(1) + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
        Optional<QuickLink> parsed = template.parse(relative);
        if (parsed.isPresent()) {
            return parsed;
        }
        String slug = request.rest().substring(FORMS_PREFIX.length());
        for (FormKind kind : FormKind.values()) {
            if (kind.slug().equals(slug)) {
                return Optional.of(new QuickLink(kind, Optional.empty(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private Map<String, String> prefill(QuickLink link) {
        Map<String, String> values = new HashMap<>();
        link.recorder().ifPresent(r -> values.put("recorder", r.value()));
        link.team().ifPresent(t -> values.put("team", t.value()));
        values.put(FormSubmission.DATE, site.today().toString());
        if (link.form() == FormKind.FEEDBACK) {
            // a team that serves one sector almost always hears from that sector
            link.team().flatMap(site::team).filter(t -> t.sectors().size() == 1)
                    .ifPresent(t -> values.put("sector", t.sectors().iterator().next().value()));
        }
        return values;
    }

    private void post(HttpExchange exchange, Request request, FormKind kind) throws IOException {
        Page page = request.page();
        String back = request.target();
        String contentType = header(exchange, "Content-Type").orElse("");
        if (!contentType.split(";", 2)[0].trim().equalsIgnoreCase(FORM_CONTENT)) {
            send(exchange, 415, HTML, page.message("web.unsupported.title", "web.unsupported.text", back), List.of());
            return;
        }
        if (!isSameOrigin(exchange)) {
            send(exchange, 403, HTML, page.message("web.rejected.title", "web.rejected.text", back), List.of());
            return;
        }
        Optional<byte[]> body = UrlEncodedForm.readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
        if (body.isEmpty()) {
            send(exchange, 413, HTML, page.message("web.tooLarge.title", "web.tooLarge.text", back),
                    List.<String[]>of(new String[] {"Connection", "close"}));
            return;
        }
        UrlEncodedForm form;
        try {
            form = UrlEncodedForm.parse(new String(body.get(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            send(exchange, 400, HTML, page.message("web.unsupported.title", "web.unsupported.text", back), List.of());
            return;
        }
        Optional<String> session = Session.idOf(exchange);
        if (session.isEmpty() || !tokens.isValid(session.get(), form.value(FormPage.TOKEN_FIELD))) {
            send(exchange, 403, HTML, page.message("web.rejected.title", "web.rejected.text", back), List.of());
            return;
        }
        if (kind == FormKind.FEEDBACK) {
            postFeedback(exchange, request, form, session.get());
        } else {
            postSituation(exchange, request, form, session.get());
        }
    }

    private void postFeedback(HttpExchange exchange, Request request, UrlEncodedForm form, String session)
            throws IOException {
        FormSubmission<FeedbackInput> submission = FormSubmission.feedback(form);
        List<Violation> violations = submission.withLibrary(site.forms().violationsOf(submission.input()));
        if (violations.isEmpty()) {
            try {
                FeedbackReport recorded = site.forms().recordFeedback(submission.input());
                redirect(exchange, openFeedbackPath(request.page().language(), recorded.details().team(),
                        Optional.of(recorded.details().recorder().value()),
                        Optional.of(FormKind.FEEDBACK.slug() + ":" + recorded.id().value())));
                return;
            } catch (InvalidInputException changedMeanwhile) {
                violations = changedMeanwhile.violations();
            }
        }
        invalid(exchange, request, FormKind.FEEDBACK, form, violations, session);
    }

    private void postSituation(HttpExchange exchange, Request request, UrlEncodedForm form, String session)
            throws IOException {
        FormSubmission<SituationInput> submission = FormSubmission.situation(form);
        List<Violation> violations = submission.withLibrary(site.forms().violationsOf(submission.input()));
        if (violations.isEmpty()) {
            try {
                SituationReport.Recorded recorded = site.forms().recordSituation(submission.input());
                redirect(exchange, openFeedbackPath(request.page().language(), recorded.details().team(),
                        Optional.of(recorded.details().recorder().value()),
                        Optional.of(FormKind.SITUATION.slug() + ":" + recorded.details().id().value())));
                return;
            } catch (InvalidInputException changedMeanwhile) {
                violations = changedMeanwhile.violations();
            }
        }
        invalid(exchange, request, FormKind.SITUATION, form, violations, session);
    }

    private void invalid(HttpExchange exchange, Request request, FormKind kind, UrlEncodedForm form,
                         List<Violation> violations, String session) throws IOException {
        Map<String, String> typed = new HashMap<>(form.values());
        typed.remove(FormPage.TOKEN_FIELD);
        String html = new FormPage(request.page(), schemaForm(kind, request.page().language()), typed, violations)
                .render(request.target(), tokens.tokenFor(session));
        send(exchange, 422, HTML, html, List.of());
    }

    private void redirect(HttpExchange exchange, String location) throws IOException {
        send(exchange, 303, "text/plain; charset=utf-8", "",
                List.<String[]>of(new String[] {"Location", location}, new String[] {"Cache-Control", "no-store"}));
    }

    private void openFeedback(HttpExchange exchange, Request request) throws IOException {
        UrlEncodedForm query = UrlEncodedForm.parse(request.rawQuery());
        Optional<ServiceTeam> team = isValidId(query.value("team"))
                ? site.team(new TeamId(query.value("team"))) : Optional.empty();
        if (team.isEmpty()) {
            notFound(exchange, request);
            return;
        }
        Page page = request.page();
        Optional<String> status = status(team.get(), query.value("recorded"), page);
        String links = links(page, team.get(), query.value("recorder"));
        String html = new OpenFeedbackPage(page, schemaForm(FormKind.FEEDBACK, page.language()))
                .render(team.get(), site.openFeedback(team.get()), site.today(), status, links);
        send(exchange, 200, HTML, html, List.<String[]>of(new String[] {"Cache-Control", "no-store"}));
    }

    /** The confirmation of what was just recorded, when the record exists in the team. */
    private Optional<String> status(ServiceTeam team, String recorded, Page page) {
        String[] kindAndId = recorded.split(":", 2);
        if (kindAndId.length != 2 || !isValidId(kindAndId[1])) {
            return Optional.empty();
        }
        if (kindAndId[0].equals(FormKind.FEEDBACK.slug())) {
            return site.feedback(team, new FeedbackId(kindAndId[1]))
                    .map(r -> page.text("web.recorded.feedback", "due", page.plainDate(r.details().dueDate())));
        }
        if (kindAndId[0].equals(FormKind.SITUATION.slug())) {
            return site.situation(team, new SituationId(kindAndId[1])).map(r -> page.text("web.recorded.situation"));
        }
        return Optional.empty();
    }

    private String links(Page page, ServiceTeam team, String recorder) {
        if (!isValidId(recorder) || !team.members().stream().anyMatch(m -> m.value().equals(recorder))) {
            return "";
        }
        StringBuilder items = new StringBuilder();
        for (FormKind kind : List.of(FormKind.FEEDBACK, FormKind.SITUATION)) {
            QuickLink link = QuickLink.prefilled(kind, new SecretaryId(recorder), team.id());
            String key = kind == FormKind.FEEDBACK ? "web.link.feedback" : "web.link.situation";
            String path = "/" + page.language().tag() + "/" + template.expand(link);
            items.append("<li><a href=\"").append(Html.escape(path))
                    .append("\">").append(Html.escape(page.text(key))).append("</a></li>\n");
        }
        return items.toString();
    }

    private void notFound(HttpExchange exchange, Request request) throws IOException {
        send(exchange, 404, HTML, request.page().message("web.notFound.title", "web.notFound.text",
                "/" + request.page().language().tag() + "/"), List.of());
    }

    private SchemaForm schemaForm(FormKind kind, Language language) {
        Map<String, List<SchemaForm.Choice>> known = new HashMap<>();
        List<SchemaForm.Choice> sectors = new ArrayList<>();
        for (Sector sector : site.sectors()) {
            sectors.add(new SchemaForm.Choice(sector.id().value(), sector.name().in(language)));
        }
        if (!sectors.isEmpty()) {
            known.put("sector", sectors);
        }
        return SchemaForm.read(FormSchemas.schema(kind), language, known);
    }

    /** Cross-site posts carry another {@code Origin} or {@code Sec-Fetch-Site: cross-site}. */
    private static boolean isSameOrigin(HttpExchange exchange) {
        Optional<String> host = header(exchange, "Host");
        Optional<String> origin = header(exchange, "Origin");
        if (origin.isPresent() && (host.isEmpty() || !origin.get().equals("http://" + host.get()))) {
            return false;
        }
        Optional<String> site = header(exchange, "Sec-Fetch-Site");
        return site.isEmpty() || site.get().equals("same-origin") || site.get().equals("none");
    }

    /** The path of the team's open feedback, optionally naming the recorder and what was just recorded. */
    static String openFeedbackPath(Language language, TeamId team, Optional<String> recorder,
                                           Optional<String> recorded) {
        StringBuilder path = new StringBuilder("/").append(language.tag()).append(OPEN_FEEDBACK)
                .append("?team=").append(encode(team.value()));
        recorder.ifPresent(r -> path.append("&recorder=").append(encode(r)));
        recorded.ifPresent(r -> path.append("&recorded=").append(encode(r)));
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isValidId(String value) {
        return !value.isBlank() && value.length() <= 64 && value.chars().noneMatch(Character::isWhitespace);
    }
}
