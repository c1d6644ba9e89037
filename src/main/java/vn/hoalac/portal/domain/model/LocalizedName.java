package vn.hoalac.portal.domain.model;

/**
 * A name that has its own words in each language (an organization's Vietnamese and English name, from the register),
 * for a sentence that names it: the reader's language picks one.
 */
public record LocalizedName(String vietnamese, String english) {

    /** The name in the language ({@code en}: English when there is one; anything else: Vietnamese). */
    public String in(String language) {
        return "en".equals(language) && english != null && !english.isBlank() ? english : vietnamese;
    }

    @Override
    public String toString() {
        return vietnamese;
    }
}
