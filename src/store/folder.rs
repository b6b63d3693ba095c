//! A folder of the data folder held open while its files are read one after another (a
//! listing reads four files a record). It is checked to be a folder and no link once,
//! when it is opened; its files are then opened through it by name, so each open neither
//! looks at the folder again nor walks the whole path, and a folder swapped for a link
//! meanwhile is not followed: the files read are the folder's that was checked. Where
//! there is no such opening (Windows), or the folder could not be opened (it is missing,
//! or is a link), each file is opened by its path as `read_bytes_meta` opens it, which
//! says why it cannot be read.

use std::ffi::OsStr;
use std::fs::Metadata;
use std::io;
use std::path::{Path, PathBuf};

use super::open::Links;
use crate::i18n::Lang;

pub struct Folder {
    path: PathBuf,
    #[cfg(unix)]
    handle: Option<std::os::fd::OwnedFd>,
}

impl Folder {
    pub fn open(path: &Path) -> Folder {
        #[cfg(unix)]
        let handle = {
            use rustix::fs::{Mode, OFlags};
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
            rustix::fs::open(path, flags, Mode::empty()).ok()
        };
        Folder {
            path: path.to_path_buf(),
            #[cfg(unix)]
            handle,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// As `read_bytes_meta` reads this folder's file `name` (a name alone, never a path).
    pub fn read_bytes_meta(
        &self,
        name: &OsStr,
        limit: usize,
        lang: Lang,
    ) -> io::Result<(Vec<u8>, Metadata)> {
        let path = || self.path.join(name);
        #[cfg(unix)]
        if let Some(folder) = &self.handle
            && !name.as_encoded_bytes().contains(&b'/')
        {
            use super::open::{check_handle, check_path, refused_link};
            let file = open_in(folder, name).map_err(|e| {
                // The look comes after a failure only, as in `open_regular_meta`.
                match check_path(&path(), Links::Refuse, lang) {
                    Err(clearer) => clearer,
                    Ok(()) => refused_link(e, Links::Refuse, lang),
                }
            })?;
            let meta = check_handle(&file, lang)?;
            return super::read_opened(file, meta, limit);
        }
        super::read_bytes_meta(&path(), limit, Links::Refuse, lang)
    }
}

/// `name` in `folder`, opened as `open_regular_meta` opens a file of the data folder:
/// never through a link, and without blocking (a FIFO is refused by the handle check).
#[cfg(unix)]
fn open_in(folder: &std::os::fd::OwnedFd, name: &OsStr) -> io::Result<std::fs::File> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
    Ok(rustix::fs::openat(folder, name, flags, Mode::empty())?.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(folder: &Folder, name: &str) -> Result<Vec<u8>, String> {
        let got = folder.read_bytes_meta(OsStr::new(name), 1024, Lang::En);
        got.map(|(bytes, meta)| {
            if bytes.len() <= 1024 {
                assert_eq!(meta.len(), bytes.len() as u64);
            }
            bytes
        })
        .map_err(|e| e.to_string())
    }

    /// What reading by the path says of the same file.
    fn by_path(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
        super::super::read_bytes_meta(&dir.join(name), 1024, Links::Refuse, Lang::En)
            .map(|(bytes, _)| bytes)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn a_file_reads_as_by_its_path_and_what_cannot_be_read_says_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("records");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("a.yaml"), "id: a\n").unwrap();
        std::fs::write(path.join("big.yaml"), "x".repeat(5000)).unwrap();
        std::fs::create_dir(path.join("folder.yaml")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(path.join("a.yaml"), path.join("link.yaml")).unwrap();
            let fifo = std::ffi::CString::new(
                path.join("fifo.yaml").into_os_string().into_encoded_bytes(),
            )
            .unwrap();
            assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        }
        let folder = Folder::open(&path);
        #[cfg(unix)]
        assert!(folder.handle.is_some());
        assert_eq!(read(&folder, "a.yaml").unwrap(), b"id: a\n");
        // One byte past the limit, so the caller knows it is too big.
        assert_eq!(read(&folder, "big.yaml").unwrap().len(), 1025);
        for name in [
            "a.yaml",
            "big.yaml",
            "folder.yaml",
            "link.yaml",
            "fifo.yaml",
            "none.yaml",
        ] {
            assert_eq!(read(&folder, name), by_path(&path, name), "{name}");
        }
        #[cfg(unix)]
        assert!(read(&folder, "link.yaml").unwrap_err().contains("link"));
        let missing = folder.read_bytes_meta(OsStr::new("none.yaml"), 1024, Lang::En);
        assert_eq!(missing.unwrap_err().kind(), io::ErrorKind::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_that_is_a_link_is_not_held_and_each_file_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::create_dir(&real).unwrap();
        std::fs::write(real.join("a.yaml"), "id: a\n").unwrap();
        let link = dir.path().join("records");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let folder = Folder::open(&link);
        assert!(folder.handle.is_none());
        let said = read(&folder, "a.yaml").unwrap_err();
        assert_eq!(Err(said.clone()), by_path(&link, "a.yaml"));
        assert!(said.contains("folder"), "{said}");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_swapped_for_a_link_while_held_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("records");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("a.yaml"), "id: a\n").unwrap();
        let folder = Folder::open(&path);
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("a.yaml"), "someone else's\n").unwrap();
        std::fs::rename(&path, dir.path().join("moved")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &path).unwrap();
        // The folder checked is the one read, wherever it has gone.
        assert_eq!(read(&folder, "a.yaml").unwrap(), b"id: a\n");
        // Only a name is read through the folder; anything else by its path, as before.
        assert_eq!(
            read(&folder, "../elsewhere/a.yaml"),
            by_path(&path, "../elsewhere/a.yaml")
        );
    }
}
