package vn.hoalac.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.hoalac.portal.application.people.AccountDirectory;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.PersonName;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.infrastructure.config.PortalSettings;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keycloak's admin REST API as the portal's {@link AccountDirectory}, read with the portal client's own service account
 * (client credentials; the realm gives it {@code realm-management} view-users, query-users and view-realm, which
 * Keycloak asks for to list a realm role's users): {@code GET
 * /admin/realms/{realm}/roles/{role}/users}, in pages of {@link #PAGE}. The realm's URLs follow from the issuer
 * ({@code .../realms/hoalac}).
 */
@ApplicationScoped
public class KeycloakAccounts implements AccountDirectory {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KeycloakAccounts.class.getName());

    static final int PAGE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    PortalSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Set once the service account was refused the clients (the warning is logged once). */
    private volatile boolean clientsRefused;

    /**
     * Everyone enabled who holds the role: given to them directly, through a group (or a parent group) that has it, or
     * through a composite role that contains it (at any depth), a realm role or a client's role, given directly or by
     * group. Keycloak's {@code /roles/{role}/users} lists only the direct holders, so the composite roles containing
     * the role and the groups with any of them are walked too; without that, people who get their role another way
     * would be disabled by the sync. Clients' roles are walked when the service account may view clients
     * ({@code view-clients}); without it, only realm roles, with a warning.
     */
    @Override
    public List<Person> holders(Role role) {
        String issuer = settings.getIssuer().replaceAll("/+$", "");
        int realmAt = issuer.lastIndexOf("/realms/");
        if (realmAt < 0) {
            throw new DirectoryUnavailableException("the issuer " + issuer + " names no realm", null);
        }
        String admin = issuer.substring(0, realmAt) + "/admin" + issuer.substring(realmAt);
        String token = token(issuer);
        Map<String, Person> holders = new LinkedHashMap<>();
        Set<String> groupsSeen = new HashSet<>();
        for (RoleRef held : rolesGiving(admin, token, role.claim())) {
            String roleUrl = held.url(admin);
            addUsers(holders, roleUrl + "/users?briefRepresentation=false", token);
            Deque<String> groups = new ArrayDeque<>();
            for (JsonObject g : pages(roleUrl + "/groups?briefRepresentation=true", token)) {
                groups.add(g.getString("id"));
            }
            while (!groups.isEmpty()) {
                String group = groups.removeFirst();
                if (!groupsSeen.add(group)) {
                    continue;
                }
                String groupUrl = admin + "/groups/" + encode(group);
                addUsers(holders, groupUrl + "/members?briefRepresentation=false", token);
                for (JsonObject child : pages(groupUrl + "/children?briefRepresentation=true", token)) {
                    groups.add(child.getString("id")); // a subgroup's members hold its parent's roles
                }
            }
        }
        return List.copyOf(holders.values());
    }

    /** A role of the realm ({@code client} null) or of one of its clients (by the client's id), as the admin API addresses it. */
    record RoleRef(String id, String name, String client) {
        String url(String admin) {
            return (client == null ? admin : admin + "/clients/" + encode(client)) + "/roles/" + encode(name);
        }
    }

    /**
     * The role and every composite role, of the realm or of a client, that contains it, directly or through other
     * composites: whoever holds one of them holds the role.
     */
    private Set<RoleRef> rolesGiving(String admin, String token, String role) {
        Map<String, RoleRef> byId = new LinkedHashMap<>();
        List<RoleRef> composites = new ArrayList<>();
        RoleRef target = null;
        for (JsonObject r : pages(admin + "/roles?briefRepresentation=false", token)) {
            RoleRef ref = new RoleRef(r.getString("id"), r.getString("name"), null);
            byId.put(ref.id(), ref);
            if (r.getBoolean("composite", false)) {
                composites.add(ref);
            }
            if (ref.name().equals(role)) {
                target = ref;
            }
        }
        if (target == null) {
            return Set.of(new RoleRef(null, role, null)); // Keycloak answers its own 404 for the role's holders
        }
        for (JsonObject client : clients(admin, token)) {
            String clientId = client.getString("id");
            for (JsonObject r : pages(admin + "/clients/" + encode(clientId) + "/roles?briefRepresentation=false", token)) {
                if (r.getBoolean("composite", false)) {
                    RoleRef ref = new RoleRef(r.getString("id"), r.getString("name"), clientId);
                    byId.put(ref.id(), ref);
                    composites.add(ref);
                }
            }
        }
        Map<String, Set<String>> parents = new java.util.HashMap<>(); // role id -> the ids of the composite roles containing it
        for (RoleRef composite : composites) {
            for (JsonValue child : get(admin + "/roles-by-id/" + encode(composite.id()) + "/composites", token).asJsonArray()) {
                parents.computeIfAbsent(child.asJsonObject().getString("id", ""), k -> new HashSet<>()).add(composite.id());
            }
        }
        Set<RoleRef> giving = new java.util.LinkedHashSet<>();
        for (String id : closure(target.id(), parents)) {
            if (byId.containsKey(id)) {
                giving.add(byId.get(id));
            }
        }
        return giving;
    }

    /** The realm's clients, or none (with a warning, once) when the service account may not view them. */
    private List<JsonObject> clients(String admin, String token) {
        HttpResponse<String> first = fetch(admin + "/clients?first=0&max=" + PAGE, token);
        if (first.statusCode() == 403) {
            if (!clientsRefused) {
                clientsRefused = true;
                LOG.warning("the portal's service account may not view clients (realm-management view-clients): roles given "
                        + "through a client's composite role are not known to the people sync (docs/scheduled.md)");
            }
            return List.of();
        }
        if (first.statusCode() == 200) {
            JsonArray page = parse(first.body()).asJsonArray();
            if (page.size() < PAGE) {
                return page.stream().map(JsonValue::asJsonObject).toList();
            }
        }
        return pages(admin + "/clients", token); // more than one page, or an answer get() reports
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code role} and everything above it in {@code parents}, each once (a cycle of composites ends). */
    static Set<String> closure(String role, Map<String, Set<String>> parents) {
        Set<String> giving = new java.util.LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(role));
        while (!todo.isEmpty()) {
            String r = todo.removeFirst();
            if (giving.add(r)) {
                todo.addAll(parents.getOrDefault(r, Set.of()));
            }
        }
        return giving;
    }

    private void addUsers(Map<String, Person> holders, String url, String token) {
        for (JsonObject u : pages(url, token)) {
            if (u.getBoolean("enabled", true) && u.containsKey("username")) {
                holders.putIfAbsent(u.getString("username"), person(u));
            }
        }
    }

    /** Every item of a paged list of Keycloak's admin API. */
    private List<JsonObject> pages(String url, String token) {
        List<JsonObject> all = new ArrayList<>();
        String joiner = url.contains("?") ? "&" : "?";
        for (int first = 0; ; first += PAGE) {
            JsonArray page = get(url + joiner + "first=" + first + "&max=" + PAGE, token).asJsonArray();
            for (JsonValue v : page) {
                all.add(v.asJsonObject());
            }
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    static Person person(JsonObject u) {
        JsonObject attributes = u.containsKey("attributes") && u.get("attributes").getValueType() == JsonValue.ValueType.OBJECT
                ? u.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
        String first = u.getString("firstName", null);
        String last = u.getString("lastName", null);
        String fallback = String.join(" ", List.of(first == null ? "" : first, last == null ? "" : last)).strip();
        return new Person(u.getString("username"), PersonName.vietnameseOrder(last, first, fallback.isEmpty() ? null : fallback),
                attribute(attributes, "organization"), u.getString("email", null), attribute(attributes, "locale"));
    }

    private static String attribute(JsonObject attributes, String name) {
        JsonValue value = attributes.get(name);
        if (value instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonString s ? s.getString() : null;
    }

    private String token(String issuer) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(settings.getClientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(settings.getClientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailableException("Keycloak refused the portal client's service account (" + response.statusCode()
                    + "): is serviceAccountsEnabled on for the client? (docs/scheduled.md) " + abbreviate(response.body()), null);
        }
        return parse(response.body()).asJsonObject().getString("access_token");
    }

    private JsonValue get(String url, String token) {
        HttpResponse<String> response = fetch(url, token);
        if (response.statusCode() != 200) {
            throw new DirectoryUnavailableException("Keycloak's admin API answered " + response.statusCode() + " to " + url + ": "
                    + abbreviate(response.body()) + (response.statusCode() == 403
                    ? " (the service account needs realm-management view-users, query-users, view-realm and view-clients: docs/scheduled.md)" : ""), null);
        }
        return parse(response.body());
    }

    /** A GET of the admin API with the service account's token, whatever it answers. */
    private HttpResponse<String> fetch(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DirectoryUnavailableException("Keycloak cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException("interrupted", e);
        }
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            throw new DirectoryUnavailableException("Keycloak answered something that is not JSON", e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
