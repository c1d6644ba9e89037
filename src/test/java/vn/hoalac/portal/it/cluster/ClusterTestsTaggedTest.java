package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every integration test of this package carries {@link ClusterTest}: failsafe selects the cluster execution's tests by
 * its tag, so an *IT here without it would silently run in neither execution.
 */
class ClusterTestsTaggedTest {

    @Test
    void everyClusterItIsAClusterTest() throws IOException, URISyntaxException {
        Path folder = Path.of(ClusterTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(ClusterTest.class.getPackageName().replace('.', '/'));
        List<String> untagged;
        try (Stream<Path> files = Files.walk(folder)) {
            untagged = files.map(p -> folder.relativize(p).toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name -> ClusterTest.class.getPackageName() + "." + name.replace('/', '.').replace(".class", ""))
                    .filter(name -> !load(name).isAnnotationPresent(ClusterTest.class))
                    .toList();
        }
        assertEquals(List.of(), untagged, "cluster tests without @ClusterTest (they would run nowhere)");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
