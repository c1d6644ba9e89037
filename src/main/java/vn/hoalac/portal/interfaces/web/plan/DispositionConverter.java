package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import vn.hoalac.portal.domain.model.plan.Disposition;

/**
 * The answer's disposition by its name, named on the choice: without it PrimeFaces looks for an implicit converter for
 * every option it draws (evaluating the value expression's type each time), 15 % of the version page's CPU with a few
 * hundred comments, each with its answer form (docs/benchmarks.md, pages).
 */
@FacesConverter("portal.Disposition")
public class DispositionConverter implements Converter<Disposition> {

    @Override
    public Disposition getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Disposition.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e); // not one of the choices: nobody's browser sends that
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Disposition value) {
        return value == null ? "" : value.name();
    }
}
