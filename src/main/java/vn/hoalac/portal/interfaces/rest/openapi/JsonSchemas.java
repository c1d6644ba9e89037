package vn.hoalac.portal.interfaces.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import vn.hoalac.portal.interfaces.rest.Paged;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The JSON schemas (OpenAPI 3.0) of the types the API writes and reads, as JSON-B serializes them: a record's components
 * are its properties (nulls are left out, so only primitives are always there), enums are their names, dates ISO-8601
 * strings, {@link Paged} the list envelope of its item type. Every record gets one named schema; a simple name that two
 * records share ({@code PlanJson.Detail}, {@code DocumentJson.Detail}) is prefixed with the outer class
 * ({@code PlanDetail}, {@code DocumentDetail}).
 */
public final class JsonSchemas {

    static final String REF = "#/components/schemas/";

    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<String, JsonObject> components = new TreeMap<>();

    /** The schemas of these types and of every type they hold. */
    public JsonSchemas(Collection<? extends Type> roots) {
        List<ParameterizedType> pages = new java.util.ArrayList<>();
        Set<Class<?>> named = reachable(roots, pages);
        Map<String, List<Class<?>>> bySimpleName = named.stream().collect(Collectors.groupingBy(Class::getSimpleName));
        for (Class<?> type : named) {
            String name = bySimpleName.get(type.getSimpleName()).size() > 1 ? qualified(type) : type.getSimpleName();
            if (names.containsValue(name)) {
                throw new IllegalStateException("two types would share the schema name " + name + ": rename one");
            }
            names.put(type, name);
        }
        for (Class<?> type : named) {
            components.put(names.get(type), object(type));
        }
        for (ParameterizedType page : pages) {
            components.put(envelopeName(page), envelope(page.getActualTypeArguments()[0]));
        }
    }

    /** The schemas by name, for {@code components/schemas}. */
    public Map<String, JsonObject> components() {
        return components;
    }

    /** The classes that got a named schema. */
    public Set<Class<?>> types() {
        return names.keySet();
    }

    /** The schema of a value of this type: inline for scalars and containers, a reference for a record. */
    public JsonObject of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Paged.class) {
            String name = envelopeName(p);
            if (!components.containsKey(name)) {
                throw new IllegalArgumentException(type + " is not among the types of this document");
            }
            return ref(name);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Json.createObjectBuilder().add("type", "array").add("items", of(args[0])).build();
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Json.createObjectBuilder().add("type", "object").add("additionalProperties", of(args[1])).build();
            }
            if (raw == Optional.class) {
                return of(args[0]);
            }
            return of(raw);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return Json.createObjectBuilder().add("type", "array").add("items", of(a.getGenericComponentType())).build();
        }
        if (type instanceof TypeVariable<?>) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        Class<?> c = (Class<?>) type;
        JsonObject scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isArray()) {
            return Json.createObjectBuilder().add("type", "array").add("items", of(c.getComponentType())).build();
        }
        if (Collection.class.isAssignableFrom(c)) {
            return Json.createObjectBuilder().add("type", "array").build();
        }
        if (Map.class.isAssignableFrom(c) || JsonValue.class.isAssignableFrom(c) || c == Object.class) {
            return Json.createObjectBuilder().add("type", "object").build();
        }
        String name = names.get(c);
        if (name == null) {
            throw new IllegalArgumentException(c.getName() + " is not among the types of this document");
        }
        return ref(name);
    }

    private static JsonObject ref(String name) {
        return Json.createObjectBuilder().add("$ref", REF + name).build();
    }

    private JsonObject object(Class<?> type) {
        JsonObjectBuilder properties = Json.createObjectBuilder();
        JsonArrayBuilder required = Json.createArrayBuilder();
        boolean any = false;
        for (Map.Entry<String, Type> property : properties(type).entrySet()) {
            properties.add(property.getKey(), of(property.getValue()));
            if (property.getValue() instanceof Class<?> c && c.isPrimitive()) {
                required.add(property.getKey());
                any = true;
            }
        }
        JsonObjectBuilder schema = Json.createObjectBuilder().add("type", "object").add("properties", properties);
        if (DESCRIPTIONS.containsKey(type)) {
            schema.add("description", DESCRIPTIONS.get(type));
        }
        return any ? schema.add("required", required).build() : schema.build();
    }

    /** What the types that need more than their properties' names mean. */
    private static final Map<Class<?>, String> DESCRIPTIONS = Map.of(
            vn.hoalac.portal.interfaces.rest.ErrorResponse.class,
            "A refused or failed call: `message` in the caller's language (`Accept-Language`: Vietnamese unless English is "
                    + "preferred), `code` the stable key of the refusal (the same in every language, e.g. `invalid.comment`, "
                    + "`rule.version.notAwaitingDecision`, `denied.parkManagerOnly`), `details` one text per field to fix, "
                    + "starting with the field's name, and `problems` the same as `field`, `code` and `message`; `error` repeats "
                    + "`message` for older clients",
            vn.hoalac.portal.interfaces.rest.ErrorResponse.FieldProblem.class,
            "What is wrong with one field of the request: `field` its name as the request spells it (`title`, "
                    + "`sections[2].body`), `code` the stable key of the problem (`problem.required`, `problem.tooLong`…), "
                    + "`message` what is wrong and how to fix it, in the caller's language");

    private JsonObject envelope(Type item) {
        return Json.createObjectBuilder().add("type", "object")
                .add("description", "One page of a list: `total` counts the items of the whole list (every page), "
                        + "`items` holds this page's (`page`, `size`)")
                .add("required", Json.createArrayBuilder().add("total").add("items"))
                .add("properties", Json.createObjectBuilder()
                        .add("total", Json.createObjectBuilder().add("type", "integer").add("format", "int64").add("minimum", 0))
                        .add("items", Json.createObjectBuilder().add("type", "array").add("items", of(item))))
                .build();
    }

    private String envelopeName(ParameterizedType paged) {
        Type item = paged.getActualTypeArguments()[0];
        Class<?> raw = item instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) item;
        return names.getOrDefault(raw, raw.getSimpleName()) + "Page";
    }

    /** The JSON-B properties of a record (its components) or of another class (public getters and fields). */
    static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(component.getName(), component.getGenericType());
            }
            return properties;
        }
        for (var method : type.getMethods()) {
            String n = method.getName();
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers())) {
                if (n.startsWith("get") && n.length() > 3) {
                    properties.put(Character.toLowerCase(n.charAt(3)) + n.substring(4), method.getGenericReturnType());
                } else if (n.startsWith("is") && n.length() > 2 && method.getReturnType() == boolean.class) {
                    properties.put(Character.toLowerCase(n.charAt(2)) + n.substring(3), boolean.class);
                }
            }
        }
        for (var field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                properties.putIfAbsent(field.getName(), field.getGenericType());
            }
        }
        return properties;
    }

    private static JsonObject scalar(Class<?> c) {
        if (c == boolean.class || c == Boolean.class) {
            return type("boolean", null);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return type("integer", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return type("integer", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return type("number", null);
        }
        if (c == String.class || c == char.class || c == Character.class || c == java.util.UUID.class) {
            return type("string", null);
        }
        if (c == URI.class) {
            return type("string", "uri");
        }
        if (c == OffsetDateTime.class || c == ZonedDateTime.class || c == Instant.class || c == LocalDateTime.class) {
            return type("string", "date-time");
        }
        if (c == LocalDate.class) {
            return type("string", "date");
        }
        if (c == byte[].class) {
            return type("string", "byte");
        }
        if (c.isEnum()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).forEach(values::add);
            return Json.createObjectBuilder().add("type", "string").add("enum", values).build();
        }
        return null;
    }

    private static JsonObject type(String type, String format) {
        JsonObjectBuilder schema = Json.createObjectBuilder().add("type", type);
        return format == null ? schema.build() : schema.add("format", format).build();
    }

    /** The classes that get a named schema: records and other classes that are not scalars or containers. */
    private static Set<Class<?>> reachable(Collection<? extends Type> roots, List<ParameterizedType> pages) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
                if (p.getRawType() != Paged.class) {
                    todo.add(p.getRawType());
                } else if (!pages.contains(p)) {
                    pages.add(p);
                }
            } else if (type instanceof WildcardType w) {
                todo.addAll(Arrays.asList(w.getUpperBounds()));
            } else if (type instanceof GenericArrayType a) {
                todo.add(a.getGenericComponentType());
            } else if (type instanceof Class<?> c) {
                if (c.isArray()) {
                    todo.add(c.getComponentType());
                } else if (scalar(c) == null && !Collection.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c)
                        && !JsonValue.class.isAssignableFrom(c) && c != Object.class && c != Optional.class && c != Paged.class
                        && found.add(c)) {
                    todo.addAll(properties(c).values());
                }
            }
        }
        return found;
    }

    /** {@code PlanJson.Detail} → {@code PlanDetail}; a top-level class keeps its name. */
    private static String qualified(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        if (outer == null) {
            return type.getSimpleName();
        }
        String prefix = outer.getSimpleName().replaceFirst("(Json|Resource)$", "");
        return type.getSimpleName().startsWith(prefix) ? type.getSimpleName() : prefix + type.getSimpleName();
    }
}
