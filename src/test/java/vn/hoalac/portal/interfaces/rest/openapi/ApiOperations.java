package vn.hoalac.portal.interfaces.rest.openapi;

import jakarta.ws.rs.Path;
import vn.hoalac.portal.interfaces.rest.PortalApi;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;

/** The REST resources as found in the main classes' folder, to check {@link ApiDocument#RESOURCES} against. */
public final class ApiOperations {

    private static List<Class<?>> resources;

    private ApiOperations() {
    }

    /** The classes with {@code @Path} in the package of {@link PortalApi} and below. */
    public static synchronized List<Class<?>> resources() {
        if (resources == null) {
            try {
                java.nio.file.Path classes = java.nio.file.Path.of(PortalApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                java.nio.file.Path folder = classes.resolve(PortalApi.class.getPackageName().replace('.', '/'));
                try (var files = Files.walk(folder)) {
                    resources = files.map(f -> classes.relativize(f).toString())
                            .filter(f -> f.endsWith(".class") && !f.contains("$"))
                            .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.')))
                            .filter(c -> c.isAnnotationPresent(Path.class))
                            .sorted(Comparator.comparing(Class::getName))
                            .toList();
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot list the REST resources", e);
            }
        }
        return resources;
    }

    /** Every resource method, from {@link ApiDocument}. */
    public static List<ApiDocument.Operation> all() {
        return ApiDocument.operations();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PortalApi.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
