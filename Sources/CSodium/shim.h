// libsodium (Debian: libsodium-dev), for encrypted backups and exports.
#include <sodium.h>
