package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.domain.model.identity.Role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who an event is for, before the rules every notification obeys: only people who may read the record, never the
 * actor, each person once. The followers of the record are always added.
 *
 * @param users           these user names
 * @param roles           everyone with one of these roles, whatever their organization (the park, the committee)
 * @param membersByRole   everyone with the role in one of the organizations (reviewers of the invited universities)
 */
public record Audience(Set<String> users, Set<Role> roles, Map<Role, Set<String>> membersByRole) {

    public Audience {
        users = users == null ? Set.of() : Set.copyOf(users);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        membersByRole = membersByRole == null ? Map.of() : Map.copyOf(membersByRole);
    }

    public static Audience users(Set<String> users) {
        return new Audience(users, Set.of(), Map.of());
    }

    public static Audience roles(Role... roles) {
        return new Audience(Set.of(), Set.of(roles), Map.of());
    }

    public static Audience members(Role role, Set<String> organizations) {
        return new Audience(Set.of(), Set.of(), Map.of(role, organizations));
    }

    /** Both audiences together. */
    public Audience and(Audience other) {
        Set<String> allUsers = new HashSet<>(users);
        allUsers.addAll(other.users);
        Set<Role> allRoles = new HashSet<>(roles);
        allRoles.addAll(other.roles);
        Map<Role, Set<String>> allMembers = new HashMap<>();
        membersByRole.forEach((role, orgs) -> allMembers.computeIfAbsent(role, r -> new HashSet<>()).addAll(orgs));
        other.membersByRole.forEach((role, orgs) -> allMembers.computeIfAbsent(role, r -> new HashSet<>()).addAll(orgs));
        allMembers.replaceAll((role, orgs) -> Set.copyOf(orgs));
        return new Audience(allUsers, allRoles, allMembers);
    }
}
