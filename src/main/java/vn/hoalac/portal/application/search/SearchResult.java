package vn.hoalac.portal.application.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results. For a frequent query only the newest {@code candidateLimit} matches are ranked
 * (ranking every match of "hòa lạc" costs a second): {@code totalIsLowerBound} then says "more than total".
 */
public record SearchResult(long total, boolean totalIsLowerBound, List<Hit> items, Map<String, Map<String, Long>> facets) {

    /** A found record: {@code snippet} is HTML-escaped text with the matches in {@code <mark>}. */
    public record Hit(String type, long id, String title, int version, String snippet, double score,
                      String category, String organization) {
    }
}
