package fi.hoitomalli.examples.web;

import fi.hoitomalli.common.Language;
import java.util.function.Function;
import static fi.hoitomalli.examples.web.Html.escape;

import java.util.Objects;
import java.util.function.BiFunction;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;

/**
 * The start page: every team with its secretaries' quick links to both forms and the link to the team's
 * open feedback, so that the demo can be explored without an HR desktop that would hold the links.
 */
final class IndexPage {

    private final Page page;

    /** @param page the page's language and address */
    IndexPage(Page page) {
        this.page = Objects.requireNonNull(page, "page must not be null");
    }

    /**
     * The page.
     *
     * @param centre the teams and secretaries
     * @param linkOf the path of a quick link in the page's language
     * @param openFeedbackOf the path of a team's open-feedback list in the page's language
     */
    String render(ServiceCentre centre, BiFunction<QuickLink, Language, String> linkOf,
                  Function<ServiceTeam, String> openFeedbackOf) {
        StringBuilder main = new StringBuilder(16_384);
        String title = page.text("web.index.title");
        main.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"intro\">")
                .append(escape(page.text("web.index.intro"))).append("</p>\n");
        for (ServiceTeam team : centre.teams()) {
            main.append("<section aria-labelledby=\"team-").append(escape(team.id().value())).append("\">\n")
                    .append("<h2 id=\"team-").append(escape(team.id().value())).append("\">")
                    .append(escape(team.name())).append("</h2>\n<p><a href=\"")
                    .append(escape(openFeedbackOf.apply(team))).append("\">")
                    .append(escape(page.text("web.link.open"))).append("</a></p>\n<ul class=\"secretaries\">\n");
            for (SecretaryId member : team.members()) {
                String name = centre.secretary(member).map(Secretary::name).orElse(member.value());
                main.append("<li>").append(escape(name)).append(" (").append(escape(member.value())).append("): ")
                        .append(link(linkOf, QuickLink.prefilled(FormKind.FEEDBACK, member, team.id()),
                                "web.link.feedback"))
                        .append(" · ")
                        .append(link(linkOf, QuickLink.prefilled(FormKind.SITUATION, member, team.id()),
                                "web.link.situation"))
                        .append("</li>\n");
            }
            main.append("</ul>\n</section>\n");
        }
        return page.document(title, main.toString());
    }

    private String link(BiFunction<QuickLink, Language, String> linkOf, QuickLink link,
                        String key) {
        return "<a href=\"" + escape(linkOf.apply(link, page.language())) + "\">" + escape(page.text(key)) + "</a>";
    }
}
