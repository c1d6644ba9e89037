package vn.hoalac.portal.interfaces.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Everything the portal keeps in the HTTP session can travel to another instance: several instances share their
 * sessions through Payara's data grid, which serializes them (and the views of server-side state saving in them).
 * Every session-, view- or conversation-scoped bean, and every other value the portal puts in the session, is
 * Serializable, and each of its fields is transient or of a serializable type, down to the elements of its
 * collections. An injected field is never transient (CDI injects once, so it would be null on the other instance): it
 * holds a normal-scoped bean's proxy, which serializes, or a serializable value (the signed-in user).
 * A field that fails here would make a failover lose the user's page (an edit in progress) or their session.
 */
class SessionStateSerializableTest {

    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    /** Values the portal sets as session attributes itself (besides the beans). */
    private static final List<String> SESSION_VALUES = List.of("vn.hoalac.portal.infrastructure.security.SessionCaller");

    @Test
    void everythingInTheSessionIsSerializable() throws ClassNotFoundException {
        List<Class<?>> kept = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hoalac.portal")) {
            Class<?> c = type.reflect();
            if (PASSIVATING.stream().anyMatch(c::isAnnotationPresent)) {
                kept.add(c);
            }
        }
        for (String name : SESSION_VALUES) {
            kept.add(Class.forName(name));
        }
        List<String> problems = new ArrayList<>();
        for (Class<?> c : kept) {
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(c.getName() + " is not Serializable");
            }
            fields(c, c.getSimpleName(), problems, new java.util.HashSet<>());
        }
        assertEquals(List.of(), problems, "session state that cannot move to another instance");
        assertEquals(true, kept.size() > 10, "the scan found the portal's view and session beans: " + kept);
    }

    /** Checks the fields of {@code c} (and of the portal's own serializable types they hold, at any depth). */
    private static void fields(Class<?> c, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(c)) {
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("vn.hoalac.portal"); k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int mod = field.getModifiers();
                String where = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    // CDI injects a bean once, when it is created: a transient injected field comes back null on the
                    // instance that reads the session (the page's next request fails there)
                    if (field.isAnnotationPresent(org.eclipse.microprofile.config.inject.ConfigProperty.class)) {
                        // Payara's configuration values are not passivation capable: the deployment fails (WELD-001413)
                        problems.add(where + ": a configuration value injected into session state (read it with ConfigProvider)");
                    } else if (Modifier.isTransient(mod)) {
                        problems.add(where + ": injected and transient (null after a failover)");
                    } else if (!normalScoped(field.getType())) {
                        serializable(field.getGenericType()).ifPresent(why -> problems.add(where + ": " + why));
                    }
                    continue;
                }
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || field.isSynthetic()) {
                    continue;
                }
                serializable(field.getGenericType()).ifPresent(why -> problems.add(where + ": " + why));
                for (Class<?> held : portalTypes(field.getGenericType())) {
                    fields(held, where, problems, seen);
                }
            }
        }
    }

    /**
     * Whether an injected type is a portal bean of a normal scope (CDI injects a serializable client proxy): the type
     * itself, or every portal class implementing it. Anything else (a dependent value such as the signed-in user, a
     * configuration value) is held as it is and must be serializable.
     */
    private static boolean normalScoped(Class<?> type) {
        if (!type.getName().startsWith("vn.hoalac.portal")) {
            return false;
        }
        List<Class<?>> candidates = new ArrayList<>();
        if (type.isInterface()) {
            for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("vn.hoalac.portal")) {
                Class<?> k = c.reflect();
                if (!k.isInterface() && type.isAssignableFrom(k)) {
                    candidates.add(k);
                }
            }
        } else {
            candidates.add(type);
        }
        return !candidates.isEmpty() && candidates.stream().allMatch(k ->
                k.isAnnotationPresent(jakarta.enterprise.context.RequestScoped.class)
                        || k.isAnnotationPresent(jakarta.enterprise.context.ApplicationScoped.class)
                        || k.isAnnotationPresent(SessionScoped.class));
    }

    /** The portal's own classes a declared type names (itself, its type arguments, its array elements). */
    private static List<Class<?>> portalTypes(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> c) {
            Class<?> e = c.isArray() ? c.getComponentType() : c;
            if (e.getName().startsWith("vn.hoalac.portal") && !e.isEnum() && Serializable.class.isAssignableFrom(e)) {
                found.add(e);
            }
        } else if (type instanceof ParameterizedType p) {
            found.addAll(portalTypes(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                found.addAll(portalTypes(argument));
            }
        } else if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            found.addAll(portalTypes(w.getUpperBounds()[0]));
        } else if (type instanceof GenericArrayType a) {
            found.addAll(portalTypes(a.getGenericComponentType()));
        }
        return found;
    }

    /** Why a value of this declared type may not be serializable, or empty when it is. */
    private static Optional<String> serializable(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || Serializable.class.isAssignableFrom(c)
                    || (c.isArray() && serializable(c.getComponentType()).isEmpty())) {
                return Optional.empty();
            }
            if (c == List.class || c == Set.class || c == Map.class || c == Collection.class) {
                return Optional.empty(); // the raw type: its elements are checked where the type says them
            }
            return Optional.of(c.getName() + " is not Serializable");
        }
        if (type instanceof ParameterizedType p) {
            Optional<String> raw = serializable(p.getRawType());
            if (raw.isPresent()) {
                return raw;
            }
            for (Type argument : p.getActualTypeArguments()) {
                Optional<String> element = serializable(argument);
                if (element.isPresent()) {
                    return Optional.of(p.getTypeName() + ": " + element.get());
                }
            }
            return Optional.empty();
        }
        if (type instanceof WildcardType w) {
            return w.getUpperBounds().length == 0 ? Optional.empty() : serializable(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return serializable(a.getGenericComponentType());
        }
        return Optional.of(type.getTypeName() + " (a type variable) cannot be checked");
    }
}
