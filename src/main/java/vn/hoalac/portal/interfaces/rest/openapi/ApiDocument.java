package vn.hoalac.portal.interfaces.rest.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.hoalac.portal.interfaces.rest.ErrorResponse;
import vn.hoalac.portal.interfaces.rest.Paged;
import vn.hoalac.portal.interfaces.rest.PortalApi;
import vn.hoalac.portal.interfaces.rest.admin.ExtractionsResource;
import vn.hoalac.portal.interfaces.rest.admin.JobsResource;
import vn.hoalac.portal.interfaces.rest.admin.SearchIndexResource;
import vn.hoalac.portal.interfaces.rest.agreement.AgreementsResource;
import vn.hoalac.portal.interfaces.rest.agreement.ProposalsResource;
import vn.hoalac.portal.interfaces.rest.audit.AuditResource;
import vn.hoalac.portal.interfaces.rest.document.DocumentsResource;
import vn.hoalac.portal.interfaces.rest.document.SearchResource;
import vn.hoalac.portal.interfaces.rest.identity.MeResource;
import vn.hoalac.portal.interfaces.rest.plan.PlansResource;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last step of the OpenAPI document at {@code /openapi} ({@code mp.openapi.filter}): Payara Micro builds it from the
 * resources' annotations, this filter puts in the JSON schemas of what each call really reads and writes, derived from
 * the Java types JSON-B serializes ({@link JsonSchemas}). Payara 7.2025.1's own schemas cannot stand: the items of a
 * {@link Paged} list are untyped, two records of the same simple name share one schema, a type named only in an
 * {@code @APIResponse} gets no properties, {@code long} is a "number" and dates are "object", and an
 * {@code @APIResponse} without content loses the answer's type. It also drops the annotation defaults Payara writes
 * out ({@code "maxProperties": 0}, {@code "minItems": 2147483647}, ...) and makes path parameters required, as
 * OpenAPI wants. (A class-level {@code @Schema} anywhere is merged by Payara into every inline schema: do not use one.)
 */
public class ApiDocument implements OASFilter {

    /** Every REST resource of {@link PortalApi} (ApiDocumentationTest checks that none is missing). */
    public static final List<Class<?>> RESOURCES = List.of(MeResource.class, DocumentsResource.class, SearchResource.class,
            PlansResource.class, AgreementsResource.class, ProposalsResource.class, AuditResource.class,
            ExtractionsResource.class, SearchIndexResource.class, JobsResource.class,
            vn.hoalac.portal.interfaces.rest.notification.NotificationsResource.class,
            vn.hoalac.portal.interfaces.rest.notification.FollowsResource.class,
            vn.hoalac.portal.interfaces.rest.identity.NotificationPreferencesResource.class,
            vn.hoalac.portal.interfaces.rest.admin.MailResource.class,
            vn.hoalac.portal.interfaces.rest.admin.ClusterResource.class);

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class);

    /** One resource method: its HTTP method, its full path as the document names it ({@code /api/plans/{id}}). */
    public record Operation(String method, String path, Method java) {
        @Override
        public String toString() {
            return method + " " + path + " (" + java.getDeclaringClass().getSimpleName() + "." + java.getName() + ")";
        }
    }

    /** Every public resource method with an HTTP method, by path. */
    public static List<Operation> operations() {
        String root = join("", PortalApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value());
        List<Operation> operations = new ArrayList<>();
        for (Class<?> type : RESOURCES) {
            for (Method m : type.getDeclaredMethods()) {
                Optional<String> http = httpMethod(m);
                if (Modifier.isPublic(m.getModifiers()) && http.isPresent()) {
                    String path = join(join(root, type.getAnnotation(Path.class).value()),
                            m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "");
                    operations.add(new Operation(http.get(), template(path), m));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** GET, POST, ... from the method's annotation that carries {@link HttpMethod}. */
    public static Optional<String> httpMethod(Method m) {
        return Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null).map(HttpMethod::value).findFirst();
    }

    /** The types whose schemas the document holds: answers, request bodies and the error body. */
    public static List<Type> roots() {
        List<Type> roots = new ArrayList<>(List.of(ErrorResponse.class));
        for (Operation op : operations()) {
            returned(op.java()).ifPresent(roots::add);
            body(op.java()).ifPresent(roots::add);
            for (APIResponse response : op.java().getAnnotationsByType(APIResponse.class)) {
                implementation(response).ifPresent(roots::add);
            }
        }
        return roots;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        JsonSchemas schemas = new JsonSchemas(roots());
        if (api.getTags() != null) { // Payara adds each resource's @Tag again after PortalApi's
            Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> tags = new LinkedHashMap<>();
            api.getTags().forEach(t -> tags.putIfAbsent(t.getName(), t));
            api.setTags(new ArrayList<>(tags.values()));
        }
        dropPayaraEndpoints(api);
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) { // "{id: .+}" is Jakarta REST's, not OpenAPI's
            for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
                if (!template(path).equals(path)) {
                    PathItem item = api.getPaths().getPathItem(path);
                    api.getPaths().removePathItem(path);
                    api.getPaths().addPathItem(template(path), item);
                }
            }
        }
        for (Operation op : operations()) {
            PathItem item = api.getPaths() == null ? null : api.getPaths().getPathItem(op.path());
            var operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(op.method()));
            if (operation == null) {
                continue; // ApiIT names it
            }
            String produces = mediaType(op.java().getAnnotation(Produces.class), op.java().getDeclaringClass().getAnnotation(Produces.class));
            for (APIResponse annotation : op.java().getAnnotationsByType(APIResponse.class)) {
                var response = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse(annotation.responseCode());
                if (response == null || !annotation.ref().isBlank()) {
                    continue;
                }
                Optional<Type> answer = implementation(annotation)
                        .or(() -> annotation.responseCode().startsWith("2") && annotation.content().length == 0
                                ? returned(op.java()) : Optional.empty());
                answer.ifPresent(type -> response.setContent(content(produces, model(schemas.of(type)))));
                if (answer.isEmpty() && annotation.content().length > 0 && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                    var given = annotation.content()[0]; // a file: Payara drops some media types (*/*)
                    response.setContent(content(given.mediaType().isBlank() ? produces : given.mediaType(),
                            OASFactory.createSchema().type(Schema.SchemaType.valueOf(given.schema().type().name()))
                                    .format(blankToNull(given.schema().format()))));
                }
            }
            String consumes = mediaType(op.java().getAnnotation(Consumes.class), op.java().getDeclaringClass().getAnnotation(Consumes.class));
            body(op.java()).ifPresent(type -> {
                if (operation.getRequestBody() == null) {
                    operation.setRequestBody(OASFactory.createRequestBody().required(true));
                }
                operation.getRequestBody().setContent(content(consumes, model(schemas.of(type))));
            });
            RequestBody form = op.java().getAnnotation(RequestBody.class);
            if (form != null && form.content().length > 0 && form.content()[0].schema().properties().length > 0) {
                operation.setRequestBody(OASFactory.createRequestBody().required(form.required()).description(blankToNull(form.description()))
                        .content(content(form.content()[0].mediaType(), form(form.content()[0].schema()))));
            }
            if (operation.getParameters() != null) {
                typeParameters(op.java(), operation.getParameters(), schemas);
                operation.getParameters().forEach(ApiDocument::tidy);
            }
            operation.setOperationId(operationId(op));
            operation.setDeprecated(Boolean.TRUE.equals(operation.getDeprecated()) ? true : null);
        }
        if (api.getComponents() != null) {
            if (api.getComponents().getResponses() != null) {
                api.getComponents().getResponses().values().forEach(r -> {
                    if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> m.setSchema(model(schemas.of(ErrorResponse.class))));
                    }
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(ApiDocument::tidy);
                    }
                });
            }
            Map<String, Schema> components = new LinkedHashMap<>();
            schemas.components().forEach((name, schema) -> components.put(name, model(schema)));
            api.getComponents().setSchemas(components);
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> {
                        tidy(r.getContent());
                        if (r.getHeaders() != null) {
                            r.getHeaders().values().forEach(ApiDocument::tidy);
                        }
                    });
                }
                if (operation.getRequestBody() != null) {
                    tidy(operation.getRequestBody().getContent());
                }
            }));
        }
    }

    /**
     * A unique operation id: the Java method's name, prefixed with its resource's ({@code plansList}) when another
     * resource has a method of the same name (Payara uses the bare method name, and "list" or "get" would repeat).
     */
    public static String operationId(Operation op) {
        String name = op.java().getName();
        long same = operations().stream().filter(o -> o.java().getName().equals(name)).count();
        if (same == 1) {
            return name;
        }
        String resource = op.java().getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
        return Character.toLowerCase(resource.charAt(0)) + resource.substring(1) + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The schema of a path or query parameter from its Java type, unless its {@code @Parameter} gives one. */
    private static void typeParameters(Method m, List<Parameter> parameters, JsonSchemas schemas) {
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (path == null && query == null) {
                continue;
            }
            var documented = p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            if (documented != null && (documented.schema().type() != org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT
                    || documented.schema().enumeration().length > 0)) {
                continue;
            }
            String name = path != null ? path.value() : query.value();
            Parameter.In in = path != null ? Parameter.In.PATH : Parameter.In.QUERY;
            parameters.stream().filter(x -> name.equals(x.getName()) && x.getIn() == in).findFirst()
                    .ifPresent(x -> x.setSchema(model(schemas.of(p.getParameterizedType()))));
        }
    }

    /** The JSON type a method answers, when it is not a plain {@link Response}. */
    private static Optional<Type> returned(Method m) {
        Class<?> raw = m.getReturnType();
        return raw == void.class || raw == Response.class ? Optional.empty() : Optional.of(m.getGenericReturnType());
    }

    /** The type of the method's request body (its one parameter that is not a path, query, ... parameter). */
    private static Optional<Type> body(Method m) {
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            if (Arrays.stream(p.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                return Optional.of(p.getParameterizedType());
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> implementation(APIResponse response) {
        return Arrays.stream(response.content()).map(c -> c.schema().implementation())
                .filter(c -> c != Void.class).<Type>map(c -> c).findFirst();
    }

    private static String mediaType(Produces method, Produces type) {
        String[] values = method != null ? method.value() : type != null ? type.value() : new String[]{MediaType.APPLICATION_JSON};
        return values.length == 0 ? MediaType.APPLICATION_JSON : values[0];
    }

    private static String mediaType(Consumes method, Consumes type) {
        String[] values = method != null ? method.value() : type != null ? type.value() : new String[]{MediaType.APPLICATION_JSON};
        return values.length == 0 ? MediaType.APPLICATION_JSON : values[0];
    }

    private static Content content(String mediaType, Schema schema) {
        return OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }

    /** A multipart body from its {@code @SchemaProperty} list (Payara drops a request body without a Java parameter). */
    private static Schema form(org.eclipse.microprofile.openapi.annotations.media.Schema annotation) {
        Schema form = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        for (SchemaProperty p : annotation.properties()) {
            Schema property = OASFactory.createSchema().type(Schema.SchemaType.valueOf(p.type().name()))
                    .format(blankToNull(p.format())).description(blankToNull(p.description()));
            if (p.enumeration().length > 0) {
                property.setEnumeration(new ArrayList<>(Arrays.asList((Object[]) p.enumeration())));
            }
            form.addProperty(p.name(), property);
        }
        if (annotation.requiredProperties().length > 0) {
            form.setRequired(List.of(annotation.requiredProperties()));
        }
        return form;
    }

    /** A schema of the MicroProfile model from its JSON ({@link JsonSchemas}). */
    static Schema model(JsonObject json) {
        Schema schema = OASFactory.createSchema();
        if (json.containsKey("$ref")) {
            return schema.ref(json.getString("$ref"));
        }
        if (json.containsKey("type")) {
            schema.setType(Schema.SchemaType.valueOf(json.getString("type").toUpperCase(Locale.ROOT)));
        }
        schema.setFormat(json.getString("format", null));
        schema.setDescription(json.getString("description", null));
        if (json.get("minimum") instanceof JsonNumber n) {
            schema.setMinimum(new BigDecimal(n.toString()));
        }
        if (json.get("enum") instanceof JsonArray values) {
            schema.setEnumeration(new ArrayList<Object>(values.getValuesAs(JsonString::getString)));
        }
        if (json.get("required") instanceof JsonArray required) {
            schema.setRequired(required.getValuesAs(JsonString::getString));
        }
        if (json.get("items") instanceof JsonObject items) {
            schema.setItems(model(items));
        }
        if (json.get("additionalProperties") instanceof JsonObject additional) {
            schema.setAdditionalPropertiesSchema(model(additional));
        }
        if (json.get("properties") instanceof JsonObject properties) {
            properties.forEach((name, value) -> schema.addProperty(name, model(value.asJsonObject())));
        }
        return schema;
    }

    private static void tidy(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        } else if (Boolean.FALSE.equals(parameter.getRequired())) {
            parameter.setRequired(null);
        }
        parameter.setDeprecated(Boolean.TRUE.equals(parameter.getDeprecated()) ? true : null);
        parameter.setAllowEmptyValue(Boolean.TRUE.equals(parameter.getAllowEmptyValue()) ? true : null);
        parameter.setAllowReserved(Boolean.TRUE.equals(parameter.getAllowReserved()) ? true : null);
        tidy(parameter.getSchema());
    }

    private static void tidy(Header header) {
        header.setRequired(Boolean.TRUE.equals(header.getRequired()) ? true : null);
        header.setDeprecated(Boolean.TRUE.equals(header.getDeprecated()) ? true : null);
        header.setAllowEmptyValue(Boolean.TRUE.equals(header.getAllowEmptyValue()) ? true : null);
        tidy(header.getSchema());
    }

    private static void tidy(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> tidy(m.getSchema()));
        }
    }

    /** Drops the annotation defaults Payara writes out as if they were set (some, like maxProperties 0, say the wrong thing). */
    private static void tidy(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
            schema.setMultipleOf(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() < 0) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        schema.setUniqueItems(Boolean.TRUE.equals(schema.getUniqueItems()) ? true : null);
        schema.setExclusiveMaximum(Boolean.TRUE.equals(schema.getExclusiveMaximum()) ? true : null);
        schema.setExclusiveMinimum(Boolean.TRUE.equals(schema.getExclusiveMinimum()) ? true : null);
        schema.setNullable(Boolean.TRUE.equals(schema.getNullable()) ? true : null);
        schema.setReadOnly(Boolean.TRUE.equals(schema.getReadOnly()) ? true : null);
        schema.setWriteOnly(Boolean.TRUE.equals(schema.getWriteOnly()) ? true : null);
        schema.setDeprecated(Boolean.TRUE.equals(schema.getDeprecated()) ? true : null);
        if (schema.getDefaultValue() instanceof String value && schema.getType() == Schema.SchemaType.INTEGER && value.matches("-?\\d+")) {
            schema.setDefaultValue(Long.valueOf(value)); // Payara writes "20" for an integer's default
        } else if (schema.getDefaultValue() instanceof String value && schema.getType() == Schema.SchemaType.BOOLEAN) {
            schema.setDefaultValue(Boolean.valueOf(value));
        }
        tidy(schema.getItems());
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocument::tidy);
        }
    }

    /**
     * Payara writes a top-level {@code endpoints} member (its own list of the paths), which OpenAPI 3.0 does not allow:
     * a strict validator (openapi-generator's) refuses the whole document for it. It is not part of the MicroProfile
     * model, so it is reached by name; on another implementation there is nothing to do.
     */
    private static void dropPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not Payara's model
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A path as OpenAPI writes it: a parameter's regular expression ({@code {recordId: .+}}) left out. */
    static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static String join(String base, String segment) {
        String s = segment.strip().replaceAll("^/+", "").replaceAll("/+$", "");
        return s.isEmpty() ? base : base + "/" + s;
    }
}
