#include <git2.h>

/// `git_libgit2_opts` is variadic, which Swift cannot call: this wrapper turns off the SHA-1
/// check of every object read, which otherwise dominates reading large trees (git does not do it either).
static inline int repere_git_disable_strict_hash_verification(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}
