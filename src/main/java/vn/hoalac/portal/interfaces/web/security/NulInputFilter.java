package vn.hoalac.portal.interfaces.web.security;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Refuses a NUL character (code 0) where it enters as text: the query string of any request and the fields of a
 * URL-encoded form. No text of the portal holds one, PostgreSQL refuses to store one, and a parser that meets one
 * answers with an error deep inside: so the request is refused at the door with a 400 that says why (JSON for the
 * API, the error page for a person). JSON bodies and multipart fields are cleaned by the application layer
 * ({@code Texts.clean}); file contents are bytes and are never looked at here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NulInputFilter extends HttpFilter {

    /** The refusal's key, also its stable code in the API's answer. */
    static final String KEY = "invalid.nul";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (holdsNul(request.getQueryString()) || isUrlEncodedForm(request) && formHoldsNul(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                // in the caller's language, shaped as every error of the API (ErrorResponse: error, message, code, details, problems)
                String text = RuleMessages.text(RuleMessages.bundle(RuleMessages.language(Collections.list(request.getLocales()))), new Message(KEY));
                response.getWriter().write(Json.createObjectBuilder().add("error", text).add("message", text).add("code", KEY)
                        .add("details", Json.createArrayBuilder()).add("problems", Json.createArrayBuilder()).build().toString());
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean holdsNul(String queryString) {
        if (queryString == null) {
            return false;
        }
        if (queryString.indexOf('\0') >= 0) {
            return true;
        }
        if (!queryString.contains("%")) {
            return false;
        }
        try {
            return URLDecoder.decode(queryString.replace("+", "%2B"), StandardCharsets.UTF_8).indexOf('\0') >= 0;
        } catch (IllegalArgumentException e) {
            // a malformed escape: the container refuses it as it parses; look for the NUL escape itself
            return queryString.toLowerCase(Locale.ROOT).contains("%00");
        }
    }

    private static boolean isUrlEncodedForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean formHoldsNul(HttpServletRequest request) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // as the pages read them (glassfish-web.xml)
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
