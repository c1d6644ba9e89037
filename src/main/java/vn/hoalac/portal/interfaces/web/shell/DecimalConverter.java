package vn.hoalac.portal.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Numbers as people type them in the page's language. Vietnamese: "20000", "20.000" (thousands), "12,5" (decimals),
 * "1.250,5"; a point that does not group thousands ("12.5") is read as the decimal point too. English: "20000",
 * "20,000", "12.5", "1,250.5"; a comma that does not group thousands ("12,5") is refused, never guessed. Shown back
 * without grouping and with the page's decimal mark ("12,5" or "12.5"), so that what is shown can be submitted again.
 */
@FacesConverter("portal.Decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    private static final Pattern GROUPED_VI = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern GROUPED_EN = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = parse(value, Formats.pageLocale());
            if (!vn.hoalac.portal.domain.model.plan.Target.inRange(number)) {
                throw new NumberFormatException("out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ConverterException(message(context, component, value), e);
        }
    }

    /** The number {@code typed} in {@code language}'s way of writing numbers. */
    static BigDecimal parse(String typed, Locale language) {
        String s = typed.strip().replace(" ", "").replace("\u00a0", "");
        if ("en".equals(language.getLanguage())) {
            if (GROUPED_EN.matcher(s).matches()) {
                return new BigDecimal(s.replace(",", ""));
            }
            if (s.contains(",")) {
                throw new NumberFormatException("a comma that groups no thousands");
            }
            return new BigDecimal(s);
        }
        return GROUPED_VI.matcher(s).matches() ? new BigDecimal(s.replace(".", "").replace(',', '.'))
                : new BigDecimal(s.replace(',', '.'));
    }

    /** The standard message of a number not understood, with the field's label, in the page's language. */
    private static FacesMessage message(FacesContext context, UIComponent component, String value) {
        Locale locale = Formats.pageLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale);
        Object label = component.getAttributes().get("label");
        Object[] args = {value, "12,5", label == null ? component.getClientId(context) : label};
        String key = "jakarta.faces.converter.BigDecimalConverter.DECIMAL";
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, new MessageFormat(bundle.getString(key), locale).format(args),
                new MessageFormat(bundle.getString(key + "_detail"), locale).format(args));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value, Formats.pageLocale());
    }

    static String format(BigDecimal value, Locale language) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "en".equals(language.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
