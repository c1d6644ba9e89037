package vn.hoalac.portal.interfaces.web.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.search.PortalSearch;
import vn.hoalac.portal.application.search.SearchResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search page: {@code /search.xhtml?q=...&type=&category=&organization=&year=&page=} (bookmarkable). */
@Named
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 20;

    @Inject
    PortalSearch search;

    private String q;
    private String type;
    private String category;
    private String organization;
    private Integer year;
    private String status;
    private String sort;
    private int page;
    private SearchResult result;

    public void run() {
        try {
            result = search.search(q, type, category, organization, year, status, sort, Math.max(0, page), PAGE_SIZE);
        } catch (vn.hoalac.portal.application.TooManyRequestsException | vn.hoalac.portal.application.InvalidInputException e) {
            vn.hoalac.portal.interfaces.web.shell.PageActions.error(vn.hoalac.portal.interfaces.web.shell.PageActions.text(e), null);
            result = SearchResult.empty(true, null);
        }
    }

    /**
     * The page a hit opens: a document, a plan's draft or one of its versions (a comment: its version, at the
     * comment), an agreement, a proposal (an opinion: its proposal, at the opinions).
     */
    public String outcome(SearchResult.Hit hit) {
        return switch (hit.type()) {
            case "PLAN" -> hit.version() == 0 ? "/plans/plan" : "/plans/version";
            case "COMMENT" -> "/plans/version";
            case "AGREEMENT" -> "/agreements/view";
            case "PROPOSAL", "OPINION" -> "/proposals/view";
            default -> "/documents/view";
        };
    }

    /** The place on the opened page: a comment's or the opinions' anchor. */
    public String fragment(SearchResult.Hit hit) {
        return switch (hit.type()) {
            case "COMMENT" -> "comment-" + hit.part();
            case "OPINION" -> "opinions";
            default -> null;
        };
    }

    /** The bundle key of a status facet value ({@code VERSION:APPROVED}): the label its record's own page uses. */
    public String statusKey(String value) {
        int colon = value.indexOf(':');
        String status = colon < 0 ? value : value.substring(colon + 1);
        return switch (colon < 0 ? "" : value.substring(0, colon)) {
            case "VERSION" -> "version.status." + status;
            case "AGREEMENT" -> "agreement.status." + status;
            case "PROPOSAL" -> "proposal.status." + status;
            case "COMMENT" -> "disposition." + (status.equals("OPEN") ? "NONE" : status);
            case "OPINION" -> "opinion." + status;
            default -> "search.hit.draft";
        };
    }

    public SearchResult getResult() {
        return result;
    }

    /** Facets in a fixed order, for the page. */
    public List<Map.Entry<String, Map<String, Long>>> getFacets() {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (String name : List.of("type", "category", "organization", "year", "status")) {
            if (result != null && result.facets().containsKey(name)) {
                ordered.put(name, result.facets().get(name));
            }
        }
        return List.copyOf(ordered.entrySet());
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * PAGE_SIZE < result.total();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
