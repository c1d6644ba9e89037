package vn.hoalac.portal.application.search;

import vn.hoalac.portal.application.document.DocumentPage;

/**
 * The search engine, as the use cases need it (a port: the Lucene adapter in {@code infrastructure.search} implements
 * it). It answers from an index derived from PostgreSQL; every query is filtered by the reader tokens it is given.
 */
public interface SearchEngine {

    /** Ranked hits over everything searchable, with the exact total and facet counts of all matches. */
    SearchResult search(SearchQuery query);

    /** A page of the library: the same engine with an empty query, sorted and filtered by the library's columns. */
    DocumentPage documents(LibraryQuery query);

    /** Size, lag behind the change log, last rebuild. */
    IndexStatus status();

    /** Builds a new index from PostgreSQL in the background; search answers from the current one meanwhile. */
    void rebuild();
}
