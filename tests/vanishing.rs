//! Issue 7: files and folders that vanish while a folder is being walked. The walk is lazy
//! (jobs are produced while earlier ones are being annotated), so a file listed at the start
//! can be gone by the time it is read, and a folder can be gone by the time the walk enters
//! it. Both must become error records naming the path, and the walk must go on.
//!
//! A folder that cannot be read (permissions) takes the same path through the code as one
//! that vanished: `read_dir` fails. Permissions cannot be tested here because tests run as
//! root, which ignores them, so the vanished folder stands in for it.

use std::fs;

use gazette::corpus::input::{load, Job, Jobs, LoadLimits, Loaded, Selection};

fn selection() -> Selection {
    Selection {
        extensions: vec!["txt".into()],
    }
}

/// The id and outcome of every job: `Ok(text)` or `Err(message)`.
fn outcomes(jobs: impl Iterator<Item = Job>) -> Vec<(String, Result<String, String>)> {
    jobs.map(|job| match load(job, LoadLimits::default()) {
        Loaded::Document(doc) => (doc.id, Ok(doc.text)),
        Loaded::Failed { id, message } => (id, Err(message)),
    })
    .collect()
}

#[test]
fn a_file_deleted_after_listing_is_an_error_record_and_the_walk_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::write(dir.path().join(name), format!("File {name}.")).unwrap();
    }
    let mut jobs = Jobs::new(vec![dir.path().to_str().unwrap().into()], selection());
    // The walker has listed the folder once the first job is out.
    let first = jobs.next().expect("a first job");
    fs::remove_file(dir.path().join("b.txt")).unwrap();

    let results = outcomes(std::iter::once(first).chain(jobs));
    let ids: Vec<&str> = results.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(results[0].1.as_deref(), Ok("File a.txt."));
    let message = results[1].1.as_ref().unwrap_err();
    assert!(
        message.contains("b.txt") && message.contains("cannot open"),
        "{message}"
    );
    assert_eq!(results[2].1.as_deref(), Ok("File c.txt."));
}

#[test]
fn a_folder_deleted_before_the_walk_enters_it_is_an_error_record() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["one", "two", "three"] {
        fs::create_dir(dir.path().join(sub)).unwrap();
        fs::write(dir.path().join(sub).join("x.txt"), format!("In {sub}.")).unwrap();
    }
    let mut jobs = Jobs::new(vec![dir.path().to_str().unwrap().into()], selection());
    // Sorted order: one, three, two. Delete "two" once the walk is inside "one".
    let first = jobs.next().expect("a first job");
    assert_eq!(
        match &first {
            Job::File { id, .. } => id.as_str(),
            other => panic!("{other:?}"),
        },
        "one/x.txt"
    );
    fs::remove_dir_all(dir.path().join("two")).unwrap();

    let results = outcomes(std::iter::once(first).chain(jobs));
    let ids: Vec<&str> = results.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["one/x.txt", "three/x.txt", "two"], "{results:?}");
    assert_eq!(results[1].1.as_deref(), Ok("In three."));
    let message = results[2].1.as_ref().unwrap_err();
    assert!(message.contains("two"), "{message}");
}
