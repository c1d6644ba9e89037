package vn.hoalac.portal.interfaces.web.shell;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MethodCallResolverTest {

    public static class Page {
        public boolean mayAnswer(long commentId) {
            return commentId > 0;
        }

        public String label(String a) {
            return a;
        }

        public String label(Integer a) {
            return String.valueOf(a);
        }

        public String joined(String... parts) {
            return String.join(",", parts);
        }
    }

    /** A public method of a class code outside its package may not call through that class. */
    public interface Named {
        String name();
    }

    private record Hidden(String name) implements Named {
    }

    @Test
    void anUnambiguousCallIsFoundOnceAndForAll() {
        Optional<Method> found = MethodCallResolver.find(new MethodCallResolver.Key(Page.class, "mayAnswer", 1));
        assertThat(found).map(Method::getName).contains("mayAnswer");
    }

    @Test
    void overloadsVarargsAndMissingMethodsAreLeftToTheStandardResolver() {
        assertThat(MethodCallResolver.find(new MethodCallResolver.Key(Page.class, "label", 1))).as("two of that arity").isEmpty();
        assertThat(MethodCallResolver.find(new MethodCallResolver.Key(Page.class, "joined", 1))).as("varargs").isEmpty();
        assertThat(MethodCallResolver.find(new MethodCallResolver.Key(Page.class, "mayAnswer", 2))).as("another arity").isEmpty();
        assertThat(MethodCallResolver.find(new MethodCallResolver.Key(Page.class, "nothing", 0))).isEmpty();
    }

    @Test
    void aMethodOfANonPublicClassIsCalledThroughThePublicTypeItComesFrom() throws Exception {
        Method m = MethodCallResolver.find(new MethodCallResolver.Key(Hidden.class, "name", 0)).orElseThrow();
        assertThat(m.getDeclaringClass()).isEqualTo(Named.class);
        assertThat(m.invoke(new Hidden("Nguyễn Văn Soạn"))).isEqualTo("Nguyễn Văn Soạn");
    }
}
