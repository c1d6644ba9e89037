package vn.hoalac.portal.interfaces.rest.openapi;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.interfaces.rest.ErrorResponse;
import vn.hoalac.portal.interfaces.rest.Paged;
import vn.hoalac.portal.interfaces.rest.document.DocumentJson;
import vn.hoalac.portal.interfaces.rest.plan.PlanJson;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonSchemasTest {

    private final JsonSchemas schemas = new JsonSchemas(ApiDocument.roots());

    private JsonObject component(String name) {
        assertThat(schemas.components()).containsKey(name);
        return schemas.components().get(name);
    }

    private JsonObject property(String component, String property) {
        return component(component).getJsonObject("properties").getJsonObject(property);
    }

    @Test
    void recordsThatShareASimpleNameGetTheirOuterClassAsAPrefix() {
        assertThat(schemas.components()).containsKeys("PlanDetail", "DocumentDetail", "PlanSummary", "DocumentSummary",
                "PlanComparison", "DocumentComparison", "PlanDecisionInput", "AgreementDecisionInput").doesNotContainKeys("Detail", "Summary");
        assertThat(schemas.of(PlanJson.Detail.class).getString("$ref")).isEqualTo("#/components/schemas/PlanDetail");
        assertThat(property("DocumentDetail", "versions").getJsonObject("items").getString("$ref")).endsWith("/Version");
        assertThat(component("Me").getJsonObject("properties").keySet()).containsExactly("username", "name", "roles", "organization");
    }

    @Test
    void aPageIsTheEnvelopeOfItsItems() throws NoSuchMethodException {
        JsonObject ref = schemas.of(vn.hoalac.portal.interfaces.rest.plan.PlansResource.class
                .getMethod("list", String.class, String.class).getGenericReturnType());
        assertThat(ref.getString("$ref")).isEqualTo("#/components/schemas/PlanSummaryPage");
        JsonObject page = component("PlanSummaryPage");
        assertThat(page.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("total", "items");
        assertThat(page.getJsonObject("properties").getJsonObject("total").getString("format")).isEqualTo("int64");
        assertThat(page.getJsonObject("properties").getJsonObject("items").getJsonObject("items").getString("$ref"))
                .isEqualTo("#/components/schemas/PlanSummary");
        assertThat(schemas.components()).containsKeys("DocumentSummaryPage", "TaskPage", "TargetTrackPage", "AgreementOutPage",
                "AlertPage", "ProposalOutPage", "EventJsonPage");
    }

    @Test
    void scalarsAreTypedAsJsonBWritesThem() {
        assertThat(property("PlanSummary", "id").toString()).isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
        assertThat(property("PlanSummary", "horizonYear").toString()).isEqualTo("{\"type\":\"integer\",\"format\":\"int32\"}");
        assertThat(property("VersionDetail", "submittedAt").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
        assertThat(property("Task", "due").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"date\"}");
        assertThat(property("Task", "kind").getJsonArray("enum")).hasSize(5);
        assertThat(property("TargetJson", "values").getJsonObject("additionalProperties").getString("type")).isEqualTo("number");
        assertThat(property("SearchResult", "facets").getJsonObject("additionalProperties").getJsonObject("additionalProperties")
                .getString("format")).isEqualTo("int64");
        assertThat(component("PlanSummary").getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString))
                .as("primitives are always written; JSON-B leaves nulls out").containsExactly("id", "horizonYear", "visionYear");
    }

    @Test
    void everyTypeOfTheApiHasOneSchema() {
        assertThat(schemas.types()).contains(PlanJson.Submitted.class, PlanJson.Progress.class, DocumentJson.Detail.class,
                ErrorResponse.class);
        assertThat(schemas.components().values()).allSatisfy(schema -> assertThat(schema.toString()).doesNotContain("\"$ref\":\"#/components/schemas/Paged\""));
        assertThat(new JsonSchemas(List.of(Paged.class)).components()).isEmpty();
    }
}
