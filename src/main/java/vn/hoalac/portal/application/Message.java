package vn.hoalac.portal.application;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence the portal says to a person, as the key of its pattern in the message bundles and the arguments of that
 * pattern; the pages and the API put it in the reader's language ({@code interfaces.i18n.RuleMessages}). An argument
 * that is {@link vn.hoalac.portal.domain.model.Worded} or itself a {@code Message} is put in words from the bundles,
 * a number is written the reader's way; the key is also the stable code an API client reads.
 */
public record Message(String key, Object... args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    /** The key and the arguments, for logs; never shown to a person. */
    @Override
    public String toString() {
        return args.length == 0 ? key : key + " " + Arrays.toString(args);
    }
}
