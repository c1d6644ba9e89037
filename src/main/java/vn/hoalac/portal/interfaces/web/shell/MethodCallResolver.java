package vn.hoalac.portal.interfaces.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Method calls in the pages' expressions ({@code #{versionPage.mayAnswer(c)}}, {@code #{c.id()}}) with the method
 * looked up once per class, name and number of arguments. The standard bean resolver looks the method up by
 * reflection on every call ({@code ELUtil.findMethod} scans the class's public methods), which was 29 % of the version
 * page's CPU with a few hundred comments (docs/benchmarks.md, pages). Only an unambiguous call is taken here: exactly
 * one public, non-varargs method of that name and arity, declared by a public class; the arguments are coerced to its
 * parameter types as the bean resolver does. Anything else (overloads, varargs, explicit parameter types) is left to
 * the resolvers after this one, so nothing resolves differently.
 */
public class MethodCallResolver extends ELResolver {

    record Key(Class<?> type, String name, int arity) {
    }

    private final ConcurrentMap<Key, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        Optional<Method> found = methods.computeIfAbsent(new Key(base.getClass(), method.toString(), args.length), MethodCallResolver::find);
        if (found.isEmpty()) {
            return null;
        }
        Method m = found.get();
        Class<?>[] types = m.getParameterTypes();
        Object[] coerced = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            coerced[i] = args[i] != null && types[i].isInstance(args[i]) ? args[i] : context.convertToType(args[i], types[i]);
        }
        try {
            Object result = m.invoke(base, coerced);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** The one public method of that name and arity, on a public class or interface it comes from; else empty. */
    static Optional<Method> find(Key key) {
        Method[] candidates = Arrays.stream(key.type().getMethods())
                .filter(m -> m.getName().equals(key.name()) && m.getParameterCount() == key.arity())
                .toArray(Method[]::new);
        if (candidates.length != 1 || candidates[0].isVarArgs() || Modifier.isStatic(candidates[0].getModifiers())) {
            return Optional.empty();
        }
        return accessible(key.type(), candidates[0]);
    }

    /** The method as declared by a public type, so that it may be called from here (a public method of a non-public class cannot). */
    private static Optional<Method> accessible(Class<?> type, Method method) {
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return Optional.of(method);
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (Modifier.isPublic(i.getModifiers())) {
                    try {
                        return Optional.of(i.getMethod(method.getName(), method.getParameterTypes()));
                    } catch (NoSuchMethodException ignored) {
                        // not this interface's
                    }
                }
            }
            if (c != type && Modifier.isPublic(c.getModifiers())) {
                try {
                    return Optional.of(c.getMethod(method.getName(), method.getParameterTypes()));
                } catch (NoSuchMethodException ignored) {
                    // not declared this high
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
