package vn.hoalac.portal.interfaces.web.shell;

import vn.hoalac.portal.application.AccessPolicy.Area;

import java.util.Map;

/**
 * Which pages form each area of {@link vn.hoalac.portal.application.AccessPolicy.Area}: a folder of pages, or a single
 * page; every other page is in {@link Area#HOME}. The area filter and the menu both read it, so a menu entry never
 * leads to a page that answers 403.
 */
public final class PageAreas {

    private static final Map<String, Area> FOLDERS = Map.of(
            "/plans", Area.PLANS,
            "/agreements", Area.AGREEMENTS,
            "/proposals", Area.PROPOSALS,
            "/audit", Area.AUDIT,
            "/admin", Area.ADMINISTRATION,
            "/documents", Area.LIBRARY);

    private static final Map<String, Area> PAGES = Map.of("/search.xhtml", Area.LIBRARY);

    private PageAreas() {
    }

    /**
     * @param path a path inside the application as the container mapped it (servlet path and path info: decoded,
     *             normalised, without path parameters), or a page's outcome such as {@code /plans/index.xhtml}
     */
    public static Area of(String path) {
        if (path == null || path.isEmpty()) {
            return Area.HOME;
        }
        Area page = PAGES.get(path);
        if (page != null) {
            return page;
        }
        int second = path.indexOf('/', 1);
        Area folder = FOLDERS.get(second < 0 ? path : path.substring(0, second));
        return folder == null ? Area.HOME : folder;
    }
}
