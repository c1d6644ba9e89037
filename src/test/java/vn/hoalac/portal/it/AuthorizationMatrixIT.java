package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint and page of plans, agreements, proposals and the audit trail × every demo user, against the
 * demo data (the plan DA-HOALAC-2030 whose version 1 ĐHBK and HVNN reviewed, the ĐHBK agreement, HVNN's proposal that
 * ĐHBK reviews), asserting the status DOMAIN.md implies. A changing call is sent with an empty body: a user it allows
 * gets past the permission check to the input check (400) or the state check (409), one it refuses gets 403 or 404.
 * Removing a rule makes a cell of this table fail.
 */
@ExtendWith(PortalStackExtension.class)
class AuthorizationMatrixIT {

    private static final String[] USERS = {"bql.soan", "dhbk.gopy", "dhqg.gopy", "hvnn.gopy", "bcd.pheduyet", "quantri"};

    private static long plan;
    private static long agreement;
    private static long proposal;
    private static long agreementFile;
    private static long proposalFile;
    private static long dhbkComment;

    @BeforeAll
    static void demoData() {
        plan = AgreementsApiIT.demoPlan();
        agreement = list("/api/agreements").stream().filter(a -> a.getString("number").equals("12/2024/TTHT-BQL-ĐHBK")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo agreement was not seeded")).getJsonNumber("id").longValue();
        proposal = list("/api/proposals").stream().filter(p -> p.getString("title").startsWith("Đề xuất đặt phòng thí nghiệm")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo proposal was not seeded")).getJsonNumber("id").longValue();
        agreementFile = Plans.ok(Library.get("bql.soan", "/api/agreements/" + agreement), 200).getJsonArray("documents").getJsonNumber(0).longValue();
        proposalFile = Plans.ok(Library.get("bql.soan", "/api/proposals/" + proposal), 200).getJsonArray("documents").getJsonNumber(0).longValue();
        dhbkComment = Plans.ok(Library.get("bql.soan", "/api/plans/" + plan + "/versions/1"), 200).getJsonArray("comments")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(c -> c.getString("organization").equals("DHBK")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo comment of DHBK was not seeded")).getJsonNumber("id").longValue();
    }

    /** One row: a call and the status for bql.soan, dhbk.gopy, dhqg.gopy, hvnn.gopy, bcd.pheduyet, quantri. */
    private record Row(String method, String path, int... expected) {
    }

    private List<Row> api() {
        String p = "/api/plans/" + plan;
        String a = "/api/agreements/" + agreement;
        String r = "/api/proposals/" + proposal;
        return List.of(
                //                                                   bql  dhbk dhqg hvnn bcd  admin
                new Row("GET", "/api/me",                              200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/documents",                       200, 200, 200, 200, 200, 200),
                // the park's file listed on the ĐHBK agreement, HVNN's file listed on its proposal that ĐHBK reviews
                new Row("GET", "/api/documents/" + agreementFile,      200, 200, 404, 404, 200, 404),
                new Row("GET", "/api/documents/" + agreementFile + "/versions/1/content", 200, 200, 404, 404, 200, 404),
                new Row("POST", "/api/documents/" + agreementFile + "/versions/1/restore", 201, 403, 404, 404, 403, 404),
                new Row("GET", "/api/documents/" + proposalFile,       200, 200, 404, 200, 200, 404),
                new Row("GET", "/api/documents/" + proposalFile + "/versions/1/content", 200, 200, 404, 200, 200, 404),
                new Row("POST", "/api/documents/" + proposalFile + "/versions/1/restore", 403, 403, 404, 201, 403, 404),
                new Row("GET", "/api/admin/extractions",               403, 403, 403, 403, 403, 200),
                new Row("POST", "/api/admin/extractions/rerun?document=0", 403, 403, 403, 403, 403, 200),
                new Row("GET", "/api/plans",                           200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/plans",                          400, 403, 403, 403, 403, 403),
                new Row("GET", p,                                      200, 200, 404, 200, 200, 404),
                new Row("PUT", p + "/draft",                           400, 403, 403, 403, 403, 403),
                new Row("GET", p + "/targets.xlsx",                    200, 403, 404, 403, 200, 404),
                new Row("POST", p + "/versions",                       400, 403, 403, 403, 403, 403),
                new Row("GET", p + "/versions/1",                      200, 200, 404, 200, 200, 404),
                new Row("POST", p + "/versions/1/comments",            403, 409, 404, 409, 403, 404),
                new Row("GET", p + "/versions/1/synthesis",            200, 403, 404, 403, 200, 404),
                new Row("POST", p + "/versions/1/submit-for-approval", 409, 403, 403, 403, 403, 403),
                new Row("POST", p + "/versions/1/decision",            403, 403, 403, 403, 400, 403),
                new Row("GET", p + "/versions/1/seal",                 409, 409, 404, 409, 409, 404),
                new Row("GET", p + "/compare?from=1&to=1",             200, 200, 404, 200, 200, 404),
                new Row("GET", p + "/compare?from=1&to=0",             200, 403, 404, 403, 200, 404), // the working draft
                // ĐHBK's own comment on version 1: only its author gets past the permission check (answered: 409)
                new Row("PUT", p + "/versions/1/comments/" + dhbkComment, 403, 409, 404, 404, 403, 404),
                new Row("DELETE", p + "/versions/1/comments/" + dhbkComment, 403, 409, 404, 404, 403, 404),
                new Row("GET", p + "/progress",                        200, 200, 404, 200, 200, 404),
                new Row("POST", p + "/targets/CT01/progress",          400, 404, 404, 404, 403, 404), // draft targets are not theirs to see
                new Row("GET", "/api/agreements",                      200, 200, 200, 200, 200, 403),
                new Row("POST", "/api/agreements",                     400, 403, 403, 403, 403, 403),
                new Row("GET", a,                                      200, 200, 404, 404, 200, 404),
                new Row("PUT", a,                                      400, 403, 403, 403, 403, 403),
                new Row("GET", "/api/agreements/export.xlsx",          200, 200, 200, 200, 200, 403),
                new Row("GET", "/api/proposals",                       200, 200, 200, 200, 200, 403),
                new Row("POST", "/api/proposals",                      400, 400, 400, 400, 403, 403),
                new Row("GET", r,                                      200, 200, 404, 200, 200, 404),
                new Row("POST", r + "/reviewers",                      400, 403, 403, 403, 403, 403),
                new Row("POST", r + "/opinions",                       403, 400, 404, 403, 403, 404),
                new Row("POST", r + "/decision",                       400, 403, 403, 403, 403, 403),
                new Row("GET", "/api/audit",                           403, 403, 403, 403, 200, 200),
                new Row("GET", "/api/audit/verify",                    403, 403, 403, 403, 200, 200),
                new Row("GET", "/api/audit/export.csv",                403, 403, 403, 403, 200, 200),
                new Row("GET", "/api/audit/export.xlsx",               403, 403, 403, 403, 200, 200),
                // everyone has their own notifications; following asks whether the caller reads the record
                new Row("GET", "/api/notifications",                   200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/notifications/read",             400, 400, 400, 400, 400, 400),
                new Row("GET", "/api/follows?recordType=AGREEMENT&recordId=" + agreement, 200, 200, 404, 404, 200, 404),
                new Row("PUT", "/api/follows/AGREEMENT/" + agreement,  200, 200, 404, 404, 200, 404),
                new Row("DELETE", "/api/follows/AGREEMENT/" + agreement, 200, 200, 404, 404, 200, 404),
                new Row("GET", "/api/follows?recordType=PLAN_VERSION&recordId=" + plan + "/1", 200, 200, 404, 200, 200, 404),
                new Row("GET", "/api/follows?recordType=PROPOSAL&recordId=" + proposal, 200, 200, 404, 200, 200, 404));
    }

    @Test
    void everyApiEndpointAnswersEachDemoUserAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        for (Row row : api()) {
            for (int u = 0; u < USERS.length; u++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(row.path())))
                        .header("Authorization", "Bearer " + Library.token(USERS[u])).header("Content-Type", "application/json");
                request.method(row.method(), row.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
                HttpResponse<String> response = Portal.send(request.build());
                if (response.statusCode() != row.expected()[u]) {
                    wrong.add(row.method() + " " + row.path() + " as " + USERS[u] + ": " + response.statusCode() + " (expected "
                            + row.expected()[u] + ") " + response.body().substring(0, Math.min(160, response.body().length())));
                }
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    @Test
    void everyPageAnswersEachDemoUserAsTheRulesSay() {
        Map<String, int[]> pages = new LinkedHashMap<>();
        //                                                                      bql  dhbk dhqg hvnn bcd  admin
        pages.put("/plans/index.xhtml", new int[]                              {200, 200, 200, 200, 200, 403});
        pages.put("/plans/plan.xhtml?id=" + plan, new int[]                    {200, 200, 404, 200, 200, 403});
        pages.put("/plans/version.xhtml?id=" + plan + "&n=1", new int[]        {200, 200, 404, 200, 200, 403});
        pages.put("/plans/progress.xhtml?id=" + plan, new int[]                {200, 200, 404, 200, 200, 403});
        pages.put("/agreements/index.xhtml", new int[]                         {200, 200, 200, 200, 200, 403});
        pages.put("/agreements/view.xhtml?id=" + agreement, new int[]          {200, 200, 404, 404, 200, 403});
        pages.put("/agreements/view.xhtml", new int[]                          {200, 403, 403, 403, 403, 403});
        pages.put("/proposals/index.xhtml", new int[]                          {200, 200, 200, 200, 200, 403});
        pages.put("/proposals/view.xhtml?id=" + proposal, new int[]            {200, 200, 404, 200, 200, 403});
        pages.put("/audit/index.xhtml", new int[]                              {403, 403, 403, 403, 200, 200});
        pages.put("/admin/organizations.xhtml", new int[]                      {403, 403, 403, 403, 403, 200});
        pages.put("/documents/index.xhtml", new int[]                          {200, 200, 200, 200, 200, 200});
        List<String> wrong = new ArrayList<>();
        for (int u = 0; u < USERS.length; u++) {
            try (Browser browser = new Browser()) {
                browser.loginAs(USERS[u]);
                String cookie = browser.cookieHeader();
                for (Map.Entry<String, int[]> page : pages.entrySet()) {
                    HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url(page.getKey())))
                            .header("Cookie", cookie).GET().build());
                    if (response.statusCode() != page.getValue()[u]) {
                        wrong.add(page.getKey() + " as " + USERS[u] + ": " + response.statusCode() + " (expected " + page.getValue()[u] + ")");
                    }
                    AccessIT.assertNoServerInternals(response.body());
                }
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    private static List<JsonObject> list(String path) {
        return Library.items("bql.soan", path);
    }
}
