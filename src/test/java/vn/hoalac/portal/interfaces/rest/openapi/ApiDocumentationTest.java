package vn.hoalac.portal.interfaces.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.interfaces.rest.Paged;
import vn.hoalac.portal.interfaces.rest.PortalApi;

import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /openapi is built from these annotations: a resource method without them is a call the
 * reference does not describe. (ApiIT checks the document the server really serves.)
 */
class ApiDocumentationTest {

    private static final Set<String> COMPONENT_RESPONSES = Arrays.stream(
                    PortalApi.class.getAnnotation(OpenAPIDefinition.class).components().responses())
            .map(APIResponse::name).collect(Collectors.toSet());

    @Test
    void everyResourceIsInTheDocument() {
        assertThat(ApiDocument.RESOURCES).as("ApiDocument.RESOURCES, which the OpenAPI schemas are derived from")
                .containsExactlyInAnyOrderElementsOf(ApiOperations.resources());
    }

    @Test
    void theResourcesAreFound() {
        assertThat(ApiOperations.resources()).extracting(Class::getSimpleName)
                .contains("MeResource", "DocumentsResource", "SearchResource", "PlansResource", "AgreementsResource",
                        "ProposalsResource", "AuditResource", "ExtractionsResource", "SearchIndexResource");
        assertThat(ApiOperations.all()).hasSizeGreaterThan(50);
    }

    @Test
    void everyResourceMethodHasAnOperationWithASummaryAndItsResponses() {
        List<String> undocumented = new ArrayList<>();
        for (ApiDocument.Operation op : ApiOperations.all()) {
            Operation operation = op.java().getAnnotation(Operation.class);
            if (operation == null || operation.summary().isBlank()) {
                undocumented.add(op + ": no @Operation with a summary");
            }
            APIResponse[] responses = op.java().getAnnotationsByType(APIResponse.class);
            if (responses.length == 0) {
                undocumented.add(op + ": no @APIResponse");
            }
            if (Arrays.stream(responses).noneMatch(r -> r.responseCode().startsWith("2"))) {
                undocumented.add(op + ": no success response");
            }
            if (Arrays.stream(responses).noneMatch(r -> r.responseCode().equals("401"))) {
                undocumented.add(op + ": every call needs a token, so every call may answer 401");
            }
            for (APIResponse r : responses) {
                if (r.responseCode().isBlank()) {
                    undocumented.add(op + ": an @APIResponse without a status code");
                }
                if (!r.ref().isBlank() && !COMPONENT_RESPONSES.contains(r.ref())) {
                    undocumented.add(op + ": @APIResponse ref '" + r.ref() + "' is not one of PortalApi's " + COMPONENT_RESPONSES);
                }
                if (r.ref().isBlank() && r.description().isBlank()) {
                    undocumented.add(op + ": response " + r.responseCode() + " has no description");
                }
            }
            if (Arrays.stream(op.java().getParameters()).anyMatch(p -> p.isAnnotationPresent(QueryParam.class)
                    && !p.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class))) {
                undocumented.add(op + ": a query parameter without @Parameter");
            }
        }
        assertThat(undocumented).as("resource methods the OpenAPI document would not describe").isEmpty();
    }

    @Test
    void noFieldCarriesAParameterAnnotation() {
        // Payara's OpenAPI builder fails with a NullPointerException (and /openapi answers 500) on @Parameter of a
        // field, e.g. of a @BeanParam class: document those parameters on the method (@Parameters with name and in)
        List<String> fields = new ArrayList<>();
        for (Class<?> type : ApiOperations.resources()) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(type), Arrays.stream(type.getDeclaredClasses()))
                    .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                    .filter(f -> f.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class))
                    .forEach(f -> fields.add(f.getDeclaringClass().getName() + "." + f.getName()));
        }
        assertThat(fields).isEmpty();
    }

    @Test
    void noTypeOfTheApiCarriesASchemaAnnotation() {
        // Payara 7.2025.1 merges a class-level @Schema into every inline schema of the document (a file's "string"
        // becomes that class); the schemas come from the Java types (ApiDocument, JsonSchemas) instead
        List<String> annotated = new ArrayList<>();
        for (Class<?> type : new JsonSchemas(ApiDocument.roots()).types()) {
            if (type.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.media.Schema.class)) {
                annotated.add(type.getName());
            }
            Arrays.stream(type.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.media.Schema.class))
                    .forEach(f -> annotated.add(type.getName() + "." + f.getName()));
        }
        assertThat(annotated).isEmpty();
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = ApiOperations.all().stream().map(ApiDocument::operationId).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("plansList", "documentsList", "me", "alerts");
    }

    @Test
    void everyResourceIsTagged() {
        Set<String> tags = Arrays.stream(PortalApi.class.getAnnotation(OpenAPIDefinition.class).tags()).map(Tag::name)
                .collect(Collectors.toSet());
        assertThat(ApiOperations.resources()).allSatisfy(type -> assertThat(type.getAnnotation(Tag.class))
                .as(type.getSimpleName()).isNotNull()
                .satisfies(tag -> assertThat(tags).contains(tag.name())));
    }

    @Test
    void everyListIsThePagedEnvelope() {
        List<String> bare = new ArrayList<>();
        for (ApiDocument.Operation op : ApiOperations.all()) {
            Method m = op.java();
            if (Collection.class.isAssignableFrom(m.getReturnType()) || m.getReturnType().isArray()) {
                bare.add(op + " answers a bare array: answer Paged<...> ({\"total\", \"items\"})");
            }
            if (m.getReturnType() == Paged.class) {
                List<String> query = Arrays.stream(m.getParameters()).filter(p -> p.isAnnotationPresent(QueryParam.class))
                        .map(p -> p.getAnnotation(QueryParam.class).value()).toList();
                if (!query.containsAll(List.of("page", "size"))) {
                    bare.add(op + " is paged without the page and size parameters");
                }
            }
        }
        assertThat(bare).isEmpty();
    }
}
