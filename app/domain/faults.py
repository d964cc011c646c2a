"""What a failed file operation means, said in one line to the person at the desk (never the file's content)."""

from __future__ import annotations

import errno

NO_SPACE = "plus de place sur le disque : libérez de la place puis recommencez ; rien n'a été modifié"
READ_ONLY = "dossier en lecture seule : choisissez un dossier où vous pouvez écrire ; rien n'a été modifié"
DENIED = "accès refusé (fichier ouvert ailleurs ou droits insuffisants) : fermez-le ou choisissez un autre dossier ; rien n'a été modifié"
MISSING = "introuvable : vérifiez le chemin (clé USB ou lecteur réseau branché ?)"
TOO_LONG = "nom de fichier trop long : choisissez un nom plus court"
NOT_A_FOLDER = "un fichier porte déjà ce nom là où il faut un dossier : choisissez un autre chemin"
IS_A_FOLDER = "c'est un dossier, pas un fichier : donnez le nom du fichier"
IO_FAILURE = "erreur de lecture ou d'écriture du disque : vérifiez le support, puis recommencez"

_BY_ERRNO = {
    errno.ENOSPC: NO_SPACE,
    errno.EDQUOT: NO_SPACE,
    errno.EROFS: READ_ONLY,
    errno.EACCES: DENIED,
    errno.EPERM: DENIED,
    errno.ENOENT: MISSING,
    errno.ENAMETOOLONG: TOO_LONG,
    errno.ENOTDIR: NOT_A_FOLDER,
    errno.EEXIST: NOT_A_FOLDER,
    errno.EISDIR: IS_A_FOLDER,
    errno.EIO: IO_FAILURE,
}


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def is_read_only(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def describe(exc: OSError, path: object | None = None) -> str:
    """`<path> : <what is wrong and what to do>`; the path is the one the OS names unless given."""
    what = _BY_ERRNO.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__
    where = path if path is not None else exc.filename
    return f"{where} : {what}" if where not in (None, "") else what
