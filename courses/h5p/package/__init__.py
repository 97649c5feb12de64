"""Check an uploaded .h5p file before anything is stored: H5P core's rules plus what playing
content on our servers needs.

- archive: safe reading (paths, links, sizes, compression, name lengths, JSON depth);
- whitelist: H5P core's content and library whitelists, and the files it ignores (skipped);
- svg: SVG files parsed as XML and allowed only when inert;
- libraries: library folders, dependencies and what gets installed;
- check: package_check, the whole check in order.

Every problem becomes a translated message; a refused package raises PackageRefused with all
problems found, and the caller writes nothing.
"""

from .check import CheckedPackage, package_check
from .libraries import InstalledLibrary, PackagedLibrary
from .refusal import LibraryKey, PackageRefused, folder_name, library_label

__all__ = [
    "CheckedPackage",
    "InstalledLibrary",
    "LibraryKey",
    "PackageRefused",
    "PackagedLibrary",
    "folder_name",
    "library_label",
    "package_check",
]
