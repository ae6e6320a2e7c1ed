package fr.vigie.identity;

import java.util.Set;

/** What an administrator types to create an account. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String password) {

}
