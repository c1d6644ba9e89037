package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Users of the demo realm made for one test only, through the embedded Keycloak's admin API (its bootstrap admin of
 * {@link vn.hoalac.portal.stack.StackConfig}): a test that wears out something kept per user (the rate limits) does it
 * as a user no other test knows, so no test waits for another's limit to refill. Password {@code demo123}, like the
 * demo users; they live only in the test run's fresh Keycloak database.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** A new user of {@code organization} with the realm role {@code role}; returns the user name ({@code prefix} + a random part). */
    public static String create(String prefix, String organization, String role) {
        return create(prefix, organization, role, false);
    }

    /**
     * A new user who holds {@code role} through a subgroup of a new group that has the role, as realms that manage
     * people by group do (the role is not the user's own).
     */
    static String createInGroup(String prefix, String organization, String role) {
        return create(prefix, organization, role, true);
    }

    /**
     * A new user who holds {@code role} only inside a composite realm role that contains another composite role that
     * contains {@code role}; the outer composite is the user's own.
     */
    static String createThroughComposite(String prefix, String organization, String role) {
        String username = create(prefix, organization, null, false);
        String admin = "Bearer " + adminToken();
        String inner = username + "-inner";
        String outer = username + "-outer";
        for (String composite : List.of(inner, outer)) {
            expect(Portal.send(HttpRequest.newBuilder(adminUri("/roles")).header("Authorization", admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + composite + "\"}")).build()), 201, "create role " + composite);
        }
        expect(Portal.send(HttpRequest.newBuilder(adminUri("/roles/" + inner + "/composites")).header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role(admin, role) + "]")).build()), 204, "make " + inner + " hold " + role);
        expect(Portal.send(HttpRequest.newBuilder(adminUri("/roles/" + outer + "/composites")).header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role(admin, inner) + "]")).build()), 204, "make " + outer + " hold " + inner);
        expect(Portal.send(HttpRequest.newBuilder(adminUri("/users/" + userId(admin, username) + "/role-mappings/realm"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role(admin, outer) + "]")).build()), 204, "grant " + outer);
        return username;
    }

    /**
     * A new user who holds {@code role} only inside a composite role of a client (the portal's own client), given to
     * them as that client's role: Keycloak puts the realm role into their token, so the sync must know it too.
     */
    static String createThroughClientComposite(String prefix, String organization, String role) {
        String username = create(prefix, organization, null, false);
        String admin = "Bearer " + adminToken();
        HttpResponse<String> clients = Portal.send(HttpRequest.newBuilder(adminUri("/clients?clientId=portal")).header("Authorization", admin).GET().build());
        expect(clients, 200, "find the portal client");
        String client = Json.createReader(new java.io.StringReader(clients.body())).readArray().getJsonObject(0).getString("id");
        String composite = username + "-client-role";
        String roles = "/clients/" + client + "/roles";
        expect(Portal.send(HttpRequest.newBuilder(adminUri(roles)).header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + composite + "\"}")).build()), 201, "create client role " + composite);
        expect(Portal.send(HttpRequest.newBuilder(adminUri(roles + "/" + composite + "/composites")).header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role(admin, role) + "]")).build()), 204, "make " + composite + " hold " + role);
        HttpResponse<String> clientRole = Portal.send(HttpRequest.newBuilder(adminUri(roles + "/" + composite)).header("Authorization", admin).GET().build());
        expect(clientRole, 200, "read client role " + composite);
        expect(Portal.send(HttpRequest.newBuilder(adminUri("/users/" + userId(admin, username) + "/role-mappings/clients/" + client))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + clientRole.body() + "]")).build()), 204, "grant " + composite);
        return username;
    }

    private static String role(String admin, String name) {
        HttpResponse<String> found = Portal.send(HttpRequest.newBuilder(adminUri("/roles/" + name)).header("Authorization", admin).GET().build());
        expect(found, 200, "read role " + name);
        return found.body();
    }

    private static String userId(String admin, String username) {
        HttpResponse<String> found = Portal.send(HttpRequest.newBuilder(adminUri("/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", admin).GET().build());
        expect(found, 200, "find user " + username);
        return Json.createReader(new java.io.StringReader(found.body())).readArray().getJsonObject(0).getString("id");
    }

    private static String create(String prefix, String organization, String role, boolean throughGroup) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        String admin = "Bearer " + adminToken();
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", "Kiểm thử").add("lastName", "Người dùng").add("email", username + "@hoalac.test")
                .add("attributes", Json.createObjectBuilder().add("organization", Json.createArrayBuilder().add(organization)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", "demo123").add("temporary", false)))
                .build();
        HttpResponse<String> created = Portal.send(HttpRequest.newBuilder(adminUri("/users"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())).build());
        expect(created, 201, "create user " + username);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        if (role == null) {
            return username; // no role yet: the caller gives one
        }
        HttpResponse<String> realmRole = Portal.send(HttpRequest.newBuilder(adminUri("/roles/" + role))
                .header("Authorization", admin).GET().build());
        expect(realmRole, 200, "read role " + role);
        if (!throughGroup) {
            HttpResponse<String> granted = Portal.send(HttpRequest.newBuilder(adminUri("/users/" + id + "/role-mappings/realm"))
                    .header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + realmRole.body() + "]")).build());
            expect(granted, 204, "grant " + role + " to " + username);
            return username;
        }
        String group = created(Portal.send(HttpRequest.newBuilder(adminUri("/groups"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + username + "-group\"}")).build()), "create a group");
        expect(Portal.send(HttpRequest.newBuilder(adminUri("/groups/" + group + "/role-mappings/realm"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + realmRole.body() + "]")).build()), 204, "grant " + role + " to the group");
        String subgroup = created(Portal.send(HttpRequest.newBuilder(adminUri("/groups/" + group + "/children"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"members\"}")).build()), "create a subgroup");
        expect(Portal.send(HttpRequest.newBuilder(adminUri("/users/" + id + "/groups/" + subgroup))
                .header("Authorization", admin).PUT(HttpRequest.BodyPublishers.noBody()).build()), 204, "put " + username + " in the subgroup");
        return username;
    }

    /** The id of what a POST created: its Location, or the JSON answer's id (a subgroup). */
    private static String created(HttpResponse<String> response, String what) {
        if (response.statusCode() != 201) {
            expect(response, 201, what);
        }
        return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseGet(() -> Json.createReader(new java.io.StringReader(response.body())).readObject().getString("id"));
    }

    /** Disables the account in Keycloak (as an administrator would when someone leaves). */
    static void disable(String username) {
        String admin = "Bearer " + adminToken();
        HttpResponse<String> found = Portal.send(HttpRequest.newBuilder(adminUri("/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", admin).GET().build());
        expect(found, 200, "find user " + username);
        String id = Json.createReader(new java.io.StringReader(found.body())).readArray().getJsonObject(0).getString("id");
        HttpResponse<String> disabled = Portal.send(HttpRequest.newBuilder(adminUri("/users/" + id))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": false}")).build());
        expect(disabled, 204, "disable " + username);
    }

    private static String adminToken() {
        var config = PortalStackExtension.config();
        String form = "grant_type=password&client_id=admin-cli"
                + "&username=" + URLEncoder.encode(config.keycloakAdminUser(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(config.keycloakAdminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(
                        URI.create(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        expect(response, 200, "Keycloak admin token");
        return Portal.json(response.body()).getString("access_token");
    }

    private static URI adminUri(String path) {
        URI issuer = URI.create(Portal.issuer()); // http://host:port/realms/<realm>
        String realm = issuer.getPath().substring(issuer.getPath().lastIndexOf('/') + 1);
        return URI.create(PortalStackExtension.config().keycloakUrl() + "/admin/realms/" + realm + path);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": Keycloak answered " + response.statusCode() + " " + response.body());
        }
    }
}
