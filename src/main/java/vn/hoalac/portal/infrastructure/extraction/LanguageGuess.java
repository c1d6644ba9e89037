package vn.hoalac.portal.infrastructure.extraction;

/** A cheap language guess for the documents of this portal: Vietnamese, English, or unknown. */
public final class LanguageGuess {

    private static final String VIETNAMESE_LETTERS =
            "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private LanguageGuess() {
    }

    public static String of(String text) {
        int letters = 0;
        int vietnamese = 0;
        int sample = Math.min(text.length(), 200_000);
        for (int i = 0; i < sample; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isLetter(c)) {
                letters++;
                if (VIETNAMESE_LETTERS.indexOf(c) >= 0) {
                    vietnamese++;
                }
            }
        }
        if (letters < 20) {
            return null;
        }
        if (vietnamese * 20 >= letters) { // Vietnamese prose has a marked letter every few letters
            return "vi";
        }
        return "en";
    }
}
