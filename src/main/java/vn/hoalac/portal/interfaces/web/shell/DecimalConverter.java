package vn.hoalac.portal.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people in the planning office type them: "20000", "20.000" (thousands), "12,5" or "12.5" (decimals),
 * "1.250,5". Shown back without grouping, so that what is shown can be submitted again unchanged.
 */
@FacesConverter("portal.Decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replace(" ", "").replace("\u00a0", "");
        try {
            BigDecimal number = GROUPED.matcher(s).matches() ? new BigDecimal(s.replace(".", "").replace(',', '.'))
                    : new BigDecimal(s.replace(',', '.'));
            if (!vn.hoalac.portal.domain.model.plan.Target.inRange(number)) {
                throw new NumberFormatException("out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            String summary = PageActions.text("common.notANumber", value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
