// Generated from the OpenAPI document by `npm run api:generate` (scripts/openapi); do not edit.
// test/db/openapi-document.test.ts fails when it no longer matches the routes.
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Keaktifan layanan, jenis basis data, dan migrasi yang diterapkan
     * @description Liveness, database kind and applied migrations
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Keaktifan saja: proses menjawab (tanpa kueri basis data)
     * @description Liveness only: the process answers (no database query)
     */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Masuk dengan surel dan kata sandi
     * @description Sign in with e-mail and password
     */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pengguna yang sedang masuk
     * @description The signed-in user
     */
    get: operations['getCurrentUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Akhiri sesi ini
     * @description End this session
     */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Akhiri semua sesi pengguna yang sedang masuk
     * @description End every session of the signed-in user
     */
    post: operations['signOutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ganti kata sandi saya (sesi saya yang lain diakhiri)
     * @description Change my password (ends my other sessions)
     */
    post: operations['changeOwnPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Ubah nama atau bahasa saya
     * @description Update my name or language
     */
    patch: operations['updateOwnAccount'];
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Apakah "lupa kata sandi" lewat surel tersedia
     * @description Whether "lupa kata sandi" by e-mail is offered
     */
    get: operations['getPasswordResetAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kirim tautan atur ulang sekali pakai (30 menit) lewat surel; jawabannya sama, akun ada atau tidak
     * @description E-mail a single-use reset link (30 minutes); the same answer whether or not the account exists
     */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tetapkan kata sandi baru dengan token dari surel (sekali pakai); semua sesi akun diakhiri
     * @description Set a new password with the e-mailed token (single use); ends every session of the account
     */
    post: operations['completePasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terbitkan kata sandi sekali pakai (admin; koordinator di provinsinya): tampil sekali, wajib diganti saat masuk berikutnya; sesi akun diakhiri
     * @description Issue a one-time password (admins; coordinators in their provinces): shown once, to be changed at the next sign-in; ends the account’s sessions
     */
    post: operations['issueOneTimePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daftar pengguna dalam cakupan
     * @description Users in scope
     */
    get: operations['listUsers'];
    put?: never;
    /**
     * Tambah pengguna
     * @description Add a user
     */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu pengguna
     * @description One user
     */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Ubah nama, peran, atau cakupan pengguna
     * @description Change a user's name, role or scope
     */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/users/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nonaktifkan pengguna (sesinya diakhiri)
     * @description Deactivate a user (their sessions end)
     */
    post: operations['deactivateUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Aktifkan kembali pengguna
     * @description Reactivate a user
     */
    post: operations['reactivateUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Telusuri jejak audit
     * @description Browse the audit trail
     */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Jejak audit tersaring sebagai CSV (dialirkan)
     * @description The filtered audit trail as CSV (streamed)
     */
    get: operations['exportAuditTrailCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions/provinces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 38 provinsi dengan kode Kemendagri
     * @description The 38 provinces with Kemendagri codes
     */
    get: operations['listProvinces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Direktori pemerintah yang dinilai
     * @description The directory of assessed governments
     */
    get: operations['listEntities'];
    put?: never;
    /**
     * Tambah kementerian atau lembaga
     * @description Add a ministry or agency
     */
    post: operations['createEntity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu entitas beserta unit layanannya
     * @description An entity with its service units
     */
    get: operations['getEntity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Ubah nama resmi, nama singkat, alias, atau status aktif entitas
     * @description Change an entity's official name, short name, alias or active status
     */
    patch: operations['updateEntity'];
    trace?: never;
  };
  '/api/unit-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Katalog jenis unit
     * @description The unit-type catalogue
     */
    get: operations['listUnitTypes'];
    put?: never;
    /**
     * Tambah jenis unit ke katalog
     * @description Add a unit type to the catalogue
     */
    post: operations['createUnitType'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/unit-types/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Ubah nama, urutan, atau status aktif jenis unit
     * @description Change a unit type's names, order or active status
     */
    patch: operations['updateUnitType'];
    trace?: never;
  };
  '/api/entities/{code}/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tambah unit layanan
     * @description Add a service unit
     */
    post: operations['createUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Ubah jenis, nama, alamat, koordinat, jam layanan, atau status aktif unit layanan
     * @description Change a service unit's type, name, address, coordinates, service hours or active status
     */
    patch: operations['updateUnit'];
    trace?: never;
  };
  '/api/results/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Impor hasil terbitan tahun-tahun lalu (CSV/XLSX: tahun, kode entitas, nilai, …); semua atau tidak sama sekali
     * @description Import published results of past years (CSV/XLSX: year, entity_code, score, …); all or nothing. Optional columns: category, zone, rank_province, rank_national, methodology, is_demo_value, note. A rejected file answers 422 IMPORT_INVALID with every problem in error.details as {row, column, value, message:{id,en}}.
     */
    post: operations['importResults'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/snapshots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Semua snapshot hasil, dengan embargo dan snapshot yang digantikannya
     * @description Every result snapshot, with its embargo and what it supersedes
     */
    get: operations['listResultSnapshots'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/snapshots/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Perbedaan dari snapshot yang digantikan (entitas, dan unit pada snapshot terhitung)
     * @description Differences from the superseded snapshot (entities, and units of computed snapshots)
     */
    get: operations['listSnapshotChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/methodologies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Semua edisi metodologi dengan judul, kedudukan (berlaku, digantikan, riwayat), dan jumlah sumbernya
     * @description Every methodology edition with its title, standing (in force, superseded, history) and provenance counts
     */
    get: operations['listMethodologyEditions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/methodologies/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu edisi lengkap: dimensi, indikator, bobot, skala, peran responden, aturan bukti, pita nilai, dan sumber setiap nilai
     * @description One edition in full: dimensions, indicators, weights, scales, respondent roles, evidence rules, bands and the provenance of each value
     */
    get: operations['getMethodologyEdition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tahun yang terbit (hasil yang sudah lewat embargo)
     * @description Published years (results past their embargo)
     */
    get: operations['listPublishedYears'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tabel hasil terbitan: nilai, kategori, zona, peringkat nasional dan provinsi
     * @description A published results table: score, category, zone, national and provincial rank
     */
    get: operations['listPublicResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/results/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Data terbuka: tabel hasil terbitan sebagai CSV, XLSX, atau JSON (baris yang sama dengan /api/public/results)
     * @description Open data: a published results table as CSV, XLSX or JSON (the same rows as /api/public/results)
     */
    get: operations['exportPublicResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/entities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pemerintah yang dinilai beserta hasil terbitannya dari tahun ke tahun
     * @description An assessed government with its published results across the years
     */
    get: operations['getPublicEntity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/entities/{code}/piagam.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Piagam entitas pada tahun terbit, PDF A4 lanskap dengan kode QR
     * @description An entity’s piagam (certificate) of a published year, A4 landscape PDF with a QR code
     */
    get: operations['getEntityPiagamPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/units/{unitResultId}/piagam.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Piagam unit layanan pada tahun terbit
     * @description A service unit’s piagam of a published year
     */
    get: operations['getUnitPiagamPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/entities/{code}/rapor.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rapor entitas pada tahun terbit, PDF A4 potret
     * @description An entity’s rapor (report card) of a published year, A4 portrait PDF
     */
    get: operations['getEntityRaporPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/entities/{code}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tautan unduh piagam, rapor, dan piagam unit entitas pada tahun terbit
     * @description Download links of an entity’s piagam, rapor and unit piagam in a published year
     */
    get: operations['listEntityDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/verify/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Periksa kode verifikasi tercetak: sah, digantikan, atau tidak dikenal
     * @description Check a printed verification code: valid, superseded or unknown
     */
    get: operations['verifyDocumentCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-signatories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Penandatangan piagam per tahun, untuk tiap kantor yang dikelola pemanggil
     * @description Who signs the piagam of a year, per office the caller manages
     */
    get: operations['listDocumentSignatories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-signatories/{year}/{office}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tetapkan penandatangan (1–3 nama dan jabatan) serta tempat sebuah kantor untuk satu tahun
     * @description Set the signatories (1–3 names and titles) and place of an office for a year
     */
    put: operations['setDocumentSignatories'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-letterheads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kop/lambang dokumen tiap kantor yang dikelola pemanggil
     * @description The document letterhead of each office the caller manages
     */
    get: operations['listDocumentLetterheads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-letterheads/{office}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tetapkan kop/lambang sebuah kantor (isi mentah PNG atau JPEG, ≤ 512 KB)
     * @description Set an office’s letterhead (raw PNG or JPEG body, ≤ 512 KB)
     */
    put: operations['setDocumentLetterhead'];
    post?: never;
    /**
     * Hapus kop/lambang sebuah kantor
     * @description Remove an office’s letterhead
     */
    delete: operations['removeDocumentLetterhead'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tugas dokumen massal, terbaru lebih dulu
     * @description Bulk document jobs, newest first
     */
    get: operations['listDocumentJobs'];
    put?: never;
    /**
     * Buat semua piagam (entitas dan unit) dan/atau rapor satu tahun sebagai satu ZIP, di latar belakang
     * @description Generate every piagam (entities and units) and/or rapor of a year as one ZIP, in the background
     */
    post: operations['createDocumentJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-jobs/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu tugas massal beserta kemajuannya
     * @description A bulk job with its progress
     */
    get: operations['getDocumentJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-jobs/{jobId}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * ZIP dari tugas massal yang selesai
     * @description The ZIP of a finished bulk job
     */
    get: operations['downloadDocumentJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Siklus penilaian, terbaru lebih dulu
     * @description Assessment cycles, newest first
     */
    get: operations['listCycles'];
    put?: never;
    /**
     * Buat siklus penilaian
     * @description Create an assessment cycle
     */
    post: operations['createCycle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycle-editions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Edisi metodologi yang boleh dipakai siklus (sah, belum pensiun)
     * @description Methodology editions a cycle may use (valid, not retired)
     */
    get: operations['listCycleEditions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu siklus penilaian beserta tahapan dan aksi yang terbuka
     * @description One assessment cycle with its phases and open actions
     */
    get: operations['getCycle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Ubah edisi, tanggal tahapan, atau surat keputusan siklus
     * @description Change a cycle's edition, phase dates or decree
     */
    patch: operations['updateCycle'];
    trace?: never;
  };
  '/api/cycles/{year}/loci': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lokus siklus dalam cakupan pemanggil (dipaging di server)
     * @description Loci of a cycle in the caller’s scope (server-side paging)
     */
    get: operations['listLoci'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/by-province': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Jadikan setiap pemerintah berjenis tertentu di satu provinsi lokus, dengan semua unitnya
     * @description Make every government of the given kinds in a province a locus, with all its units
     */
    post: operations['addProvinceLoci'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Keluarkan entitas dari siklus
     * @description Take entities out of the cycle
     */
    post: operations['removeLoci'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu lokus beserta unit yang dinilai dan timnya
     * @description One locus with its assessed units and team
     */
    get: operations['getLocus'];
    /**
     * Jadikan entitas lokus dan tetapkan unit yang dinilai
     * @description Make the entity a locus and set which of its units are assessed
     */
    put: operations['setLocus'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tetapkan asesor dan verifikator sebuah lokus
     * @description Set the assessors and verifiers of a locus
     */
    put: operations['setLocusTeam'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/my-loci': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lokus tempat pemanggil ditugaskan, dengan kemajuannya
     * @description Loci the caller is assigned to, with progress
     */
    get: operations['listMyLoci'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/meetings/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rapat pembukaan atau penutupan sebuah lokus
     * @description The entry or exit meeting of a locus
     */
    get: operations['getMeeting'];
    /**
     * Catat atau koreksi rapat pembukaan/penutupan sebuah lokus
     * @description Record or correct the entry/exit meeting of a locus
     */
    put: operations['saveMeeting'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/meetings/{kind}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Berita acara siap cetak (PDF, A4)
     * @description The printable minutes (PDF, A4)
     */
    get: operations['getMeetingMinutesPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/meetings/{kind}/attendance.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daftar hadir siap cetak (PDF, A4)
     * @description The printable attendance (PDF, A4)
     */
    get: operations['getMeetingAttendancePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/meetings/{kind}/attachments/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unduh lampiran
     * @description Download an attachment
     */
    get: operations['downloadMeetingAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lokus dalam cakupan sebagai CSV atau XLSX (format impor)
     * @description The loci in scope as CSV or XLSX (the import format)
     */
    get: operations['exportLoci'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/directory/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Entitas beserta unitnya sebagai CSV atau XLSX (format impor direktori)
     * @description Entities with their units as CSV or XLSX (the directory import format)
     */
    get: operations['exportDirectory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/survey': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tautan survei unit (null sampai dibuat) dan jumlah jawaban terhadap kuota
     * @description A unit's survey link (null until made) and its responses against the quota
     */
    get: operations['getUnitSurvey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/survey/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buat tautan survei publik unit bila belum ada (tautan yang sama sesudahnya)
     * @description Make the unit's public survey link if it has none (the same link afterwards)
     */
    post: operations['createUnitSurveyLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/survey/poster.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Poster survei unit siap cetak: kode QR besar dari tautannya (PDF, A4)
     * @description The unit's printable survey poster: a large QR code of the link (PDF, A4)
     */
    get: operations['getUnitSurveyPosterPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/survey/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Jawaban survei unit, terbaru lebih dulu, dengan tanda kecurigaan (lonjakan, set jawaban berulang) dan pengecualian
     * @description A unit's survey responses, newest first, with stuffing flags (bursts, repeated answer sets) and exclusions
     */
    get: operations['listUnitSurveyResponses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/survey/responses/{responseId}/exclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kecualikan jawaban survei dari penilaian dan kuota, atau hitung kembali, dengan catatan (verifikator, koordinator, admin; diaudit)
     * @description Exclude a survey response from scoring and the quota, or count it again, with a note (verifier, coordinator, admin; audited)
     */
    post: operations['setSurveyResponseExclusion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/surveys/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Survei unit menurut kode publiknya: pertanyaan, penghitung kuota, buka atau tutup. Memasang cookie perangkat anonim.
     * @description A unit survey by its public code: questions, quota counter, open or closed. Sets the anonymous device cookie.
     */
    get: operations['getPublicSurvey'];
    put?: never;
    /**
     * Jawab survei unit secara anonim: satu jawaban per perangkat (cookie bertanda tangan); 409 bila sudah dijawab atau ditutup, 400 bila ada pertanyaan yang terlewat
     * @description Answer a unit survey anonymously: one response per device (signed cookie); 409 when already answered or closed, 400 when a question is missing
     */
    post: operations['answerPublicSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/trust-survey': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Survei kepercayaan publik entitas: tautan (null sampai dibuat), kuota, pertanyaan, dan nilai sementara
     * @description An entity's public-trust survey: link (null until made), quota, questions and provisional score
     */
    get: operations['getTrustSurvey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/trust-survey/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buat tautan survei kepercayaan publik entitas bila belum ada (tautan yang sama sesudahnya; diaudit)
     * @description Make the entity's public-trust survey link if it has none (the same link afterwards; audited)
     */
    post: operations['createTrustSurveyLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/trust-survey/poster.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Poster survei kepercayaan publik entitas siap cetak: kode QR besar dari tautannya (PDF, A4)
     * @description The entity's printable public-trust survey poster: a large QR code of the link (PDF, A4)
     */
    get: operations['getTrustSurveyPosterPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/trust-survey/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Jawaban kepercayaan publik entitas, terbaru lebih dulu, dengan tanda kecurigaan, pengecualian, dan nilainya
     * @description An entity's public-trust responses, newest first, with stuffing flags, exclusions and the score
     */
    get: operations['listTrustSurveyResponses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/trust-survey/responses/{responseId}/exclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kecualikan jawaban kepercayaan publik dari nilai dan kuota, atau hitung kembali, dengan catatan (verifikator, koordinator, admin; diaudit)
     * @description Exclude a public-trust response from the score and the quota, or count it again, with a note (verifier, coordinator, admin; audited)
     */
    post: operations['setTrustSurveyResponseExclusion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/trust-surveys/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Survei kepercayaan publik entitas menurut kode publiknya. Memasang cookie perangkat anonim.
     * @description An entity public-trust survey by its public code. Sets the anonymous device cookie.
     */
    get: operations['getPublicTrustSurvey'];
    put?: never;
    /**
     * Jawab survei kepercayaan publik secara anonim (0 = tidak tahu): satu jawaban per perangkat, dibatasi per klien dan jam
     * @description Answer an entity public-trust survey anonymously (0 = tidak tahu): one response per device, capped per client and hour
     */
    post: operations['answerPublicTrustSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/survey-proof': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Apakah survei pengguna layanan siklus meminta bukti pelayanan, dan bagaimana jawaban tanpa bukti dihitung
     * @description Whether the cycle's service-user survey asks for proof of service, and how answers without it count
     */
    get: operations['getSurveyProofSetting'];
    /**
     * Tetapkan aturan bukti pelayanan siklus dan terapkan pada jawaban yang sudah masuk (admin; diaudit)
     * @description Set the proof-of-service rule of the cycle and apply it to the answers already in (admin; audited)
     */
    put: operations['setSurveyProofSetting'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/survey/responses/{responseId}/proof': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tandai bahwa tim lapangan melihat bukti pelayanan untuk jawaban survei (diaudit)
     * @description Mark that the field team saw proof of service for a survey response (audited)
     */
    post: operations['markSurveyResponseProofSeen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buka unggahan satu berkas yang dapat dilanjutkan (paling besar 20 MB; sha256 diperiksa pada bita terakhir)
     * @description Open a resumable upload of one file (at most 20 MB; sha256 checked at the last byte)
     */
    post: operations['openUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads/{uploadId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bita unggahan yang sudah diterima server (lanjutkan dari receivedBytes); milik pengguna lain 404
     * @description Bytes the server holds of an upload (resume from receivedBytes); another user’s is 404
     */
    get: operations['getUpload'];
    /**
     * Tulis potongan berikutnya (application/octet-stream) di ?offset=receivedBytes; offset lain → 409 dengan details.receivedBytes
     * @description Write the next chunk (application/octet-stream) at ?offset=receivedBytes; another offset → 409 with details.receivedBytes
     */
    put: operations['writeUploadChunk'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/evidence/{evidenceId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unduh satu berkas bukti
     * @description Download one evidence file
     */
    get: operations['downloadEvidenceFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Hapus satu bukti (unit draf atau dikembalikan)
     * @description Remove an evidence item (unit draft or returned)
     */
    delete: operations['deleteEvidence'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/evidence.zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Semua berkas bukti lokus sebagai satu ZIP (<unit>/<indikator>/<berkas>), dialirkan
     * @description Every evidence file of the locus as one ZIP (<unit>/<indicator>/<file>), streamed
     */
    get: operations['downloadLocusEvidenceZip'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/evidence/{evidenceId}/flags/{flagCode}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Putuskan satu tanda integritas foto bukti: diterima dengan catatan, atau ditolak (tidak lagi dihitung); diaudit
     * @description Decide one integrity flag of an evidence photo: accepted with a note, or rejected (no longer counts for scoring); audited
     */
    put: operations['decideEvidenceFlag'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/evidence-integrity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Foto bukti bertanda dari lokus sebuah provinsi dalam siklus, dengan keputusan dan jumlah per tanda
     * @description Flagged evidence photos of a province’s loci in a cycle, with decisions and counts per flag
     */
    get: operations['getEvidenceIntegrityReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/evidence/reuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lampirkan berkas salah satu bukti unit ke indikator atau responden lain di unit yang sama, tanpa mengunggah ulang; diaudit
     * @description Attach the file of one of the unit’s evidence items to another indicator or respondent of the same unit, without uploading it again; audited
     */
    post: operations['reuseEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/quality/sample': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tarik sampel penilaian ganda provinsi dan tugaskan asesor kedua (diaudit)
     * @description Draw the province’s double-scoring sample and assign second assessors (audited)
     */
    post: operations['drawQualitySample'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/second-scoring/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Simpan satu tingkat penilaian kedua secara buta (hanya asesor kedua yang ditarik)
     * @description Save one level of the blind second scoring (the drawn second assessor only)
     */
    put: operations['saveSecondScoringAnswer'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/quality/second-scorings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unit yang ditarik untuk dinilai kedua kalinya secara buta oleh asesor yang sedang masuk
     * @description Units the signed-in assessor was drawn to score a second time, blind
     */
    get: operations['listMySecondScorings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/second-scoring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Formulir penilaian kedua secara buta untuk unit yang ditarik (hanya asesor keduanya; tanpa tingkat penilaian pertama)
     * @description The blind second-scoring form of a drawn unit (its second assessor only; no first levels)
     */
    get: operations['getSecondScoringForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/second-scoring/disagreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tempat penilaian pertama dan penilaian kedua secara buta atas unit yang ditarik berbeda, untuk verifikatornya
     * @description Where the first and the blind second scoring of a drawn unit differ, for its verifier
     */
    get: operations['listUnitDisagreements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/second-scoring/settlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Selesaikan perbedaan penilaian pertama dan kedua; tingkat yang diubah menggantikan jawaban (diaudit)
     * @description Settle a disagreement between the first and second scoring; a changed level replaces the answer (audited)
     */
    post: operations['settleSecondScoring'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/quality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kesepakatan penilaian kedua (persen, kappa berbobot) dan angka asesor sebuah provinsi
     * @description Agreement of the second scoring (percent, weighted kappa) and assessor figures of a province
     */
    get: operations['getQualityReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sampel pengaduan unit dengan median dan persentil ke-90 waktu tanggapan (jam)
     * @description A unit's sampled complaints with median and 90th-percentile response times (hours)
     */
    get: operations['listComplaintRecords'];
    put?: never;
    /**
     * Catat satu sampel pengaduan
     * @description Record a sampled complaint
     */
    post: operations['createComplaintRecord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Hapus catatan pengaduan (?expectedVersion=; usang → 409)
     * @description Remove a complaint record (?expectedVersion=; stale → 409)
     */
    delete: operations['deleteComplaintRecord'];
    options?: never;
    head?: never;
    /**
     * Koreksi catatan pengaduan (expectedVersion; usang → 409 dengan catatan terkini)
     * @description Correct a complaint record (expectedVersion; stale → 409 with the current record)
     */
    patch: operations['updateComplaintRecord'];
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/collection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Formulir, petugas, jawaban, catatan telaah, dan nilai sementara sebuah unit lokus
     * @description Forms, officials, answers, review notes and provisional score of a locus unit
     */
    get: operations['getUnitCollection'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/scoring-input': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Edisi beku dan baris terkumpul yang menjadi dasar nilai sementara (disimpan untuk kerja luring)
     * @description The frozen edition and collected rows the provisional score is computed from (stored for offline work)
     */
    get: operations['getUnitScoringInput'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/respondents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Catat petugas yang diwawancarai di unit (ditolak bila melebihi jumlah wajib perannya)
     * @description Record an official interviewed at the unit (refused beyond the role’s required count)
     */
    post: operations['createRespondent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/respondents/{respondentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Hapus petugas beserta jawabannya selama unit masih dapat diubah
     * @description Remove an official and their answers while the unit is editable
     */
    delete: operations['deleteRespondent'];
    options?: never;
    head?: never;
    /**
     * Ubah data petugas (expectedVersion; 409 bila usang)
     * @description Change an official’s details (expectedVersion; 409 when stale)
     */
    patch: operations['updateRespondent'];
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Simpan satu jawaban; expectedVersion adalah versi yang dibaca (0 = baru); 409 dengan jawaban terkini
     * @description Save one answer; expectedVersion is the version read (0 = new); 409 with the current answer
     */
    put: operations['saveAnswer'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/field-import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Templat XLSX data lapangan unit (lembar petugas, jawaban, pengaduan, survei, petunjuk)
     * @description The unit’s field-data XLSX template (sheets petugas, jawaban, pengaduan, survei and petunjuk), built from the frozen edition
     */
    get: operations['getFieldImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/workflow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Status alur kerja unit lokus, apa yang menghalangi pengajuan, dan aksi yang boleh dilakukan pemanggil
     * @description Workflow status of a locus unit, what blocks submission and which actions the caller may take
     */
    get: operations['getUnitWorkflow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ajukan unit draf atau dikembalikan untuk verifikasi; 422 UNIT_INCOMPLETE menyebut yang kurang (details)
     * @description Submit a draft or returned unit for verification; 422 UNIT_INCOMPLETE lists what is missing (details)
     */
    post: operations['submitUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kembalikan unit yang diajukan ke asesor dengan catatan per indikator (atau untuk unit)
     * @description Return a submitted unit to the assessors with notes per indicator (or for the unit)
     */
    post: operations['returnUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verifikasi unit yang diajukan; pemeriksaan kelengkapan dijalankan lagi dan tiap kekurangan menghalangi (422 UNIT_INCOMPLETE) kecuali `overrides` meloloskannya dengan catatan
     * @description Verify a submitted unit; the completeness check runs again and each gap it lists blocks (422 UNIT_INCOMPLETE) unless `overrides` lets it through with a note
     */
    post: operations['verifyUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tarik kembali verifikasi (terverifikasi → diajukan) selama entitas belum disetujui
     * @description Take back a verification (verified → submitted) while the entity is not approved
     */
    post: operations['reopenUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Persetujuan entitas dalam siklus, status unitnya, dan aksi yang boleh dilakukan pemanggil
     * @description Approval of the entity in the cycle, its units’ statuses and what the caller may do
     */
    get: operations['getLocusApproval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Setujui entitas (koordinator provinsi) setelah semua unit terverifikasi
     * @description Approve the entity (province coordinator) once every unit is verified
     */
    post: operations['approveLocus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terima entitas yang disetujui (pusat): semua unit dikunci
     * @description Accept an approved entity (centre): locks every unit
     */
    post: operations['acceptLocus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buka kembali unit untuk koreksi (koordinator atau pusat, masa keberatan atau penetapan, dengan alasan): unit kembali ke asesor dan entitas disetujui serta diterima lagi sesudahnya
     * @description Reopen a unit for correction (coordinator or centre, objection window or determination, with a reason): it returns to the assessors and the entity is approved and accepted again afterwards
     */
    post: operations['openUnitCorrection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/withdraw-approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tarik kembali persetujuan (disetujui → terbuka) dengan alasan, sebelum hasil ditetapkan
     * @description Take back the approval (approved → open) with a reason, before the results are fixed
     */
    post: operations['withdrawLocusApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/withdraw-acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tarik kembali penerimaan (diterima → disetujui, unit dibuka) dengan alasan, sebelum hasil ditetapkan
     * @description Take back the acceptance (accepted → approved, units unlocked) with a reason, before the results are fixed
     */
    post: operations['withdrawLocusAcceptance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/work-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Yang menunggu pengguna yang sedang masuk: unit diajukan (verifikator), entitas siap disetujui (koordinator) atau diterima (pusat), terlama lebih dulu
     * @description What waits for the signed-in user: submitted units (verifier), entities ready to approve (coordinator) or to accept (centre), oldest first
     */
    get: operations['getWorkQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terima beberapa entitas yang disetujui sekaligus (pusat); masing-masing diterima dan diaudit sendiri
     * @description Accept several approved entities at once (centre); each is accepted and audited on its own
     */
    post: operations['acceptLoci'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kemajuan lapangan per provinsi, entitas, dan unit: responden, indikator, bukti, kuota survei, alur kerja
     * @description Field progress per province, entity and unit: respondents, indicators, evidence, survey quota, workflow
     */
    get: operations['getCycleProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/finalise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tetapkan hasil siklus: nilai, klasifikasi, dan peringkat setiap lokus ke snapshot baru
     * @description Finalise the cycle: score, classify and rank every locus into a new snapshot. Only during Determination and with the cycle embargo set. The body names the scope: "accepted" publishes only the loci the centre accepted (the rest are listed as left-out; none accepted → 409 NOT_READY with the readiness list in details); "all" with a reason (≥ 10 characters, audited) publishes every locus, flagging those not accepted. The snapshot is fixed at once (the database refuses changes) and becomes public by itself at the embargo. Re-finalising creates a new snapshot superseding the previous one; the answer lists the differences.
     */
    post: operations['finaliseCycle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/finalise/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Apa yang menahan tiap lokus dari terbit: penerimaan, verifikasi, bukti, survei, keberatan
     * @description What keeps each locus from being published: acceptance, verification, evidence, survey, objections
     */
    get: operations['getFinaliseReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/provisional-results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hasil sementara lokus selama masa keberatan (penghubung dan kantor perwakilan)
     * @description A locus' provisional result during the objection window (liaison and province office)
     */
    get: operations['getProvisionalResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Keberatan siklus dalam cakupan (penghubung: entitasnya; staf provinsi: provinsinya)
     * @description Objections of the cycle in scope (liaison: own entity; province staff: their provinces)
     */
    get: operations['listObjections'];
    put?: never;
    /**
     * Ajukan keberatan (hanya selama masa keberatan)
     * @description File an objection (only during the objection window)
     */
    post: operations['fileObjection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/objections/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Terima atau tolak keberatan dengan catatan (diaudit); menerima tidak mengubah data dengan sendirinya
     * @description Accept or reject an objection with a note (audited); accepting changes no data by itself
     */
    post: operations['decideObjection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/objections/{id}/files/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unduh berkas bukti keberatan
     * @description Download an objection's evidence file
     */
    get: operations['downloadObjectionFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/simulator/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bahan hitung simulator bagaimana-jika: edisi, jawaban terkumpul, nilai pembanding
     * @description What the what-if simulator computes from: edition, collected answers, peer scores
     */
    get: operations['getPlanSimulatorInput'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rencana perbaikan dalam cakupan
     * @description Improvement plans in scope
     */
    get: operations['listPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{code}/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rencana perbaikan entitas pada satu tahun
     * @description An entity’s improvement plan of a year
     */
    get: operations['getPlan'];
    put?: never;
    /**
     * Mulai rencana (dari rekomendasi atau manual)
     * @description Start the plan (from the recommendations or by hand)
     */
    post: operations['startPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{code}/{year}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tambah butir rencana
     * @description Add an item
     */
    post: operations['createPlanItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{code}/{year}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Hapus butir pada versi yang dibaca; 409 bila versi usang
     * @description Remove an item at the version read; 409 on a stale version
     */
    delete: operations['deletePlanItem'];
    options?: never;
    head?: never;
    /**
     * Ubah butir (status, penanggung jawab, tenggat) dan tambahkan catatan kemajuan; 409 bila versi usang
     * @description Update an item (status, owner, due date) and append a progress note; 409 on a stale version
     */
    patch: operations['updatePlanItem'];
    trace?: never;
  };
  '/api/plans/{code}/{year}/items/{itemId}/files/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unduh bukti butir rencana
     * @description Download an item’s evidence
     */
    get: operations['downloadPlanItemFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sesi pembinaan dalam cakupan
     * @description Coaching sessions in scope
     */
    get: operations['listCoachingSessions'];
    put?: never;
    /**
     * Catat sesi pembinaan
     * @description Record a coaching session
     */
    post: operations['createCoachingSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Satu sesi pembinaan beserta lampirannya
     * @description One coaching session with its attachments
     */
    get: operations['getCoachingSession'];
    /**
     * Koreksi sesi pembinaan; 409 bila versi usang
     * @description Correct a coaching session; 409 on a stale version
     */
    put: operations['updateCoachingSession'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/{sessionId}/attachments/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unduh lampiran
     * @description Download an attachment
     */
    get: operations['downloadCoachingAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{code}/oversight-products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Produk pengawasan entitas dan status tindak lanjutnya pada tanggal batas
     * @description An entity’s oversight products and its follow-up status at a cut-off date
     */
    get: operations['listOversightProducts'];
    put?: never;
    /**
     * Catat produk pengawasan (tindakan korektif, saran perbaikan, saran penyempurnaan, rekomendasi)
     * @description Record an oversight product (tindakan korektif, saran perbaikan, saran penyempurnaan, rekomendasi)
     */
    post: operations['createOversightProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{code}/oversight-products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Koreksi nomor, tanggal, perihal, atau kantor produk; 409 bila versi usang
     * @description Correct a product’s number, dates, subject or office; 409 on a stale version
     */
    patch: operations['updateOversightProduct'];
    trace?: never;
  };
  '/api/entities/{code}/oversight-products/{productId}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Konfirmasi status tindak lanjut (belum, sebagian, selesai); disimpan dengan siapa dan kapan
     * @description Confirm the follow-up status (belum, sebagian, selesai); kept with who and when
     */
    post: operations['confirmOversightFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{code}/oversight-products/{productId}/files/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unduh bukti tindak lanjut
     * @description Download follow-up evidence
     */
    get: operations['downloadOversightProductFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oversight-products/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Register dalam cakupan (atau satu entitas) sebagai CSV atau XLSX (format impor)
     * @description The register in scope (or of one entity) as CSV or XLSX (the import format)
     */
    get: operations['exportOversightProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pemberitahuan pengguna: butir rencana jatuh tempo atau terlambat, langkah alur kerja yang menunggu, masa dan keputusan keberatan, publikasi
     * @description The signed-in user’s notices: plan items due or overdue, workflow steps waiting, objection window and decisions, publications
     */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account/notice-mail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Apakah pemberitahuan saya juga dikirim lewat surel
     * @description Whether my notices also go out by e-mail
     */
    get: operations['getNoticeMailSetting'];
    /**
     * Nyalakan atau matikan ringkasan surel saya
     * @description Turn my e-mail digest on or off
     */
    put: operations['setNoticeMailSetting'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/meetings/{kind}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lampirkan PDF, JPEG, PNG, atau WebP (isi mentah, paling besar 20 MB)
     * @description Attach a PDF, JPEG, PNG or WebP (raw body, at most 20 MB)
     */
    post: operations['attachMeetingFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/directory/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Impor entitas (K/L: admin), alias, dan unit; semua baris diperiksa dulu, tidak ada yang ditulis bila ada masalah
     * @description Import entities (K/L: admins), aliases and units; all rows checked first, nothing written on any problem
     */
    post: operations['importDirectory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Impor lokus dari CSV atau XLSX: semua baris diperiksa dulu; ada masalah, tidak ada yang ditulis (422)
     * @description Import loci from CSV or XLSX: all rows are checked first; any problem writes nothing (422)
     */
    post: operations['importLoci'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lampirkan foto atau PDF ke indikator (multipart: file, indicatorCode, respondentId?, takenAt?, latitude?, longitude?; paling besar 20 MB), atau JSON {uploadId, indicatorCode, …} yang menyebut unggahan /api/uploads yang selesai
     * @description Attach a photo or PDF to an indicator (multipart: file, indicatorCode, respondentId?, takenAt?, latitude?, longitude?; at most 20 MB), or JSON {uploadId, indicatorCode, …} naming a completed /api/uploads upload
     */
    post: operations['attachEvidence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/loci/{code}/units/{unitId}/field-import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Impor data lapangan unit dari XLSX: semua baris diperiksa terhadap edisi beku; ada masalah, tidak ada yang ditulis (422)
     * @description Import a unit’s officials, answers, complaint records and survey forms from its XLSX workbook; every row is checked against the frozen edition first and any problem writes nothing (422, each problem with sheet, row and column)
     */
    post: operations['importFieldData'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cycles/{year}/objections/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lampirkan bukti baru ke keberatan yang terbuka (isi mentah PDF, JPEG, PNG, atau WebP, ≤ 20 MB)
     * @description Attach new evidence to an open objection (raw PDF, JPEG, PNG or WebP body, ≤ 20 MB)
     */
    post: operations['attachObjectionFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{code}/{year}/items/{itemId}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lampirkan bukti ke butir rencana (isi mentah PDF, JPEG, PNG, atau WebP, paling besar 20 MB)
     * @description Attach evidence to an item (raw PDF, JPEG, PNG or WebP body, at most 20 MB)
     */
    post: operations['attachPlanItemFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coaching/{sessionId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lampirkan PDF, JPEG, PNG, atau WebP (isi mentah, paling besar 20 MB)
     * @description Attach a PDF, JPEG, PNG or WebP (raw body, at most 20 MB)
     */
    post: operations['attachCoachingFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{code}/oversight-products/{productId}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unggah bukti tindak lanjut (isi mentah PDF, JPEG, PNG, atau WebP, paling besar 20 MB)
     * @description Upload follow-up evidence (raw PDF, JPEG, PNG or WebP body, at most 20 MB)
     */
    post: operations['attachOversightProductFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oversight-products/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Impor produk pengawasan dari CSV atau XLSX: ada masalah, tidak ada yang ditulis (422, masalah per baris)
     * @description Import oversight products from CSV or XLSX: any problem writes nothing (422, problems by row)
     */
    post: operations['importOversightProducts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    UserScopeInput: {
      /** @default [] */
      provinceCodes: string[];
      /** @default null */
      entityCode: string | null;
    };
    SignInRequestInput: {
      /** Format: email */
      email: string;
      password: string;
    };
    ChangePasswordRequestInput: {
      currentPassword: string;
      newPassword: string;
    };
    UpdateAccountRequestInput: {
      name?: string;
      /** @enum {string} */
      language?: 'id' | 'en';
    };
    SaveMeetingRequestInput: {
      /**
       * Format: date-time
       * @description Date and time, with the local offset (+07:00 WIB)
       */
      heldAt: string;
      place: string;
      /** @description Who opened it, e.g. "Sekda atas nama Pj. Bupati" */
      openedBy: string;
      /** @default  */
      agenda: string;
      /** @default  */
      minutes: string;
      attendees: {
        name: string;
        /** @description Position, e.g. "Kepala Bagian Organisasi" */
        jobTitle: string;
        institution: string;
      }[];
    };
    SaveCoachingSessionRequestInput: {
      /** @default null */
      entityCode: string | null;
      /** @default null */
      provinceCode: string | null;
      heldOn: string;
      topic: string;
      facilitator: string;
      /** @default [] */
      attendees: {
        name: string;
        /** @default  */
        position: string;
        /** @default  */
        institution: string;
      }[];
      /** @default  */
      notes: string;
      /** @default [] */
      planItemIds: string[];
    };
    UpdateCoachingSessionRequestInput: {
      heldOn: string;
      topic: string;
      facilitator: string;
      /** @default [] */
      attendees: {
        name: string;
        /** @default  */
        position: string;
        /** @default  */
        institution: string;
      }[];
      /** @default  */
      notes: string;
      /** @default [] */
      planItemIds: string[];
      /** @description The version read; a stale one answers 409 */
      version: number;
    };
    EvidenceFlagDecisionRequestInput: {
      /** @enum {string} */
      decision: 'accepted' | 'rejected';
      note: string;
    };
    CreateEntityRequestInput: {
      code: string;
      /** @enum {string} */
      kind: 'kementerian' | 'lembaga';
      officialName: string;
      shortName: string;
      /** @default null */
      alias: string | null;
    };
    UpdateEntityRequestInput: {
      officialName?: string;
      shortName?: string;
      alias?: string | null;
      isActive?: boolean;
    };
    SetLocusUnitsRequestInput: {
      unitIds: string[];
    };
    BulkAddLociRequestInput: {
      provinceCode: string;
      kinds: ('pemprov' | 'pemkab' | 'pemkot')[];
    };
    RemoveLociRequestInput: {
      entityCodes: string[];
    };
    SetLocusTeamRequestInput: {
      assessorIds: string[];
      verifierIds: string[];
    };
    CreateRespondentRequestInput: {
      roleCode: string;
      name: string;
      /** @default  */
      jobTitle: string;
      /**
       * @default null
       * @enum {string|null}
       */
      employment: 'asn' | 'non-asn' | null;
      /** @default null */
      decreeNumber: string | null;
      /**
       * Format: date
       * @default null
       */
      decreeDate: string | null;
      /**
       * Format: date
       * @default null
       */
      interviewedOn: string | null;
    };
    UpdateRespondentRequestInput: {
      name: string;
      /** @default  */
      jobTitle: string;
      /**
       * @default null
       * @enum {string|null}
       */
      employment: 'asn' | 'non-asn' | null;
      /** @default null */
      decreeNumber: string | null;
      /**
       * Format: date
       * @default null
       */
      decreeDate: string | null;
      /**
       * Format: date
       * @default null
       */
      interviewedOn: string | null;
      expectedVersion: number;
    };
    SaveAnswerRequestInput: {
      /** Format: uuid */
      respondentId: string | null;
      indicatorCode: string;
      level: number | null;
      note: string;
      /** @description The version read; 0 when the answer does not exist yet */
      expectedVersion: number;
    };
    CreateUploadRequestInput: {
      fileName: string;
      contentType: string;
      sizeBytes: number;
      sha256: string;
    };
    CyclePhaseInput: {
      /** @enum {string} */
      code:
        | 'preparation'
        | 'entry-meetings'
        | 'data-collection'
        | 'verification'
        | 'objection-window'
        | 'determination'
        | 'publication'
        | 'handover';
      /**
       * Format: date-time
       * @description Inclusive
       */
      startsAt: string;
      /**
       * Format: date-time
       * @description Exclusive
       */
      endsAt: string;
    };
    CreateCycleRequestInput: {
      year: number;
      /** @description "<id>@<version>" of a valid edition */
      methodologyRef: string;
      phases: components['schemas']['CyclePhaseInput'][];
      /** @default null */
      decreeNumber: string | null;
      /**
       * Format: date
       * @default null
       */
      decreeDate: string | null;
      /**
       * Format: date-time
       * @default null
       */
      embargoAt: string | null;
    };
    UpdateCycleRequestInput: {
      /** @description Refused once the edition is frozen */
      methodologyRef?: string;
      phases?: components['schemas']['CyclePhaseInput'][];
      decreeNumber?: string | null;
      /** Format: date */
      decreeDate?: string | null;
      /** Format: date-time */
      embargoAt?: string | null;
    };
    CreateUnitTypeRequestInput: {
      code: string;
      nameId: string;
      nameEn: string;
      /** @default 100 */
      sortOrder: number;
    };
    UpdateUnitTypeRequestInput: {
      nameId?: string;
      nameEn?: string;
      sortOrder?: number;
      isActive?: boolean;
    };
    CreateUnitRequestInput: {
      unitTypeCode: string;
      name: string;
      /** @default null */
      address: string | null;
      /**
       * @description WGS84; Indonesia spans about 11°S–6°N
       * @default null
       */
      latitude: number | null;
      /** @default null */
      longitude: number | null;
      /** @default null */
      serviceHours: string | null;
      /** @default [] */
      products: string[];
    };
    UpdateUnitRequestInput: {
      unitTypeCode?: string;
      name?: string;
      address?: string | null;
      /** @description WGS84; Indonesia spans about 11°S–6°N */
      latitude?: number | null;
      longitude?: number | null;
      serviceHours?: string | null;
      isActive?: boolean;
      /** @description Replaces the whole list when given */
      products?: string[];
    };
    ReuseEvidenceRequestInput: {
      /**
       * Format: uuid
       * @description An evidence item of the same locus unit whose file is reused
       */
      fromEvidenceId: string;
      indicatorCode: string;
      /**
       * Format: uuid
       * @description The official the answer belongs to; absent or null for the unit-level checklist
       */
      respondentId?: string | null;
    };
    ImportResultsRequestInput: {
      /** @description Ends in .csv or .xlsx */
      fileName: string;
      contentBase64: string;
      /**
       * Format: date-time
       * @description When the results become public; now (the import time) when left out
       */
      embargoAt?: string;
      decreeNumber?: string;
      /** Format: date */
      decreeDate?: string;
      /**
       * @description Check and report without writing
       * @default false
       */
      dryRun: boolean;
    };
    FinaliseRequestInput:
      | {
          /** @enum {string} */
          scope: 'accepted';
        }
      | {
          /** @enum {string} */
          scope: 'all';
          /** @description Why unaccepted loci are published anyway */
          reason: string;
        };
    UpdateNoticeMailSettingInput: {
      mailEnabled: boolean;
    };
    FileObjectionRequestInput: {
      entityCode: string;
      /**
       * Format: uuid
       * @description The disputed unit (units.id), if any
       * @default null
       */
      unitId: string | null;
      /** @default null */
      indicatorCode: string | null;
      text: string;
    };
    DecideObjectionRequestInput: {
      /** @enum {string} */
      decision: 'accepted' | 'rejected';
      note: string;
    };
    SaveOversightProductRequestInput: {
      /** @enum {string} */
      kind: 'tindakan_korektif' | 'saran_perbaikan' | 'saran_penyempurnaan' | 'rekomendasi';
      number: string;
      /** Format: date */
      issuedOn: string;
      subject: string;
      issuingOffice: string;
      /**
       * Format: date
       * @default null
       */
      dueOn: string | null;
    };
    UpdateOversightProductRequestInput: {
      /** @enum {string} */
      kind: 'tindakan_korektif' | 'saran_perbaikan' | 'saran_penyempurnaan' | 'rekomendasi';
      number: string;
      /** Format: date */
      issuedOn: string;
      subject: string;
      issuingOffice: string;
      /**
       * Format: date
       * @default null
       */
      dueOn: string | null;
      /** @description The version read; a stale one answers 409 */
      version: number;
    };
    ConfirmOversightProductRequestInput: {
      /** @enum {string} */
      followUpStatus: 'belum' | 'sebagian' | 'selesai';
      /** @default  */
      note: string;
      /** @description The version read; a stale one answers 409 */
      version: number;
    };
    CreatePlanRequestInput: {
      /** @default  */
      title: string;
      /** @default null */
      methodologyRef: string | null;
      /** @default null */
      baselineScore: number | null;
      items: {
        /**
         * Format: uuid
         * @default null
         */
        unitId: string | null;
        indicatorCode: string;
        action: string;
        /** @default  */
        ownerName: string;
        /** @default  */
        ownerPosition: string;
        /**
         * Format: date
         * @default null
         */
        dueDate: string | null;
        /** @default null */
        expectedGain: number | null;
      }[];
    };
    UpdatePlanItemRequestInput: {
      /** @description The version read; a stale one answers 409 */
      version: number;
      /** @enum {string} */
      status?: 'planned' | 'in_progress' | 'done' | 'dropped';
      action?: string;
      ownerName?: string;
      ownerPosition?: string;
      /** Format: date */
      dueDate?: string | null;
      /** @description Appended to the progress notes */
      note?: string;
    };
    ReturnUnitRequestInput: {
      notes: {
        indicatorCode: string | null;
        note: string;
      }[];
    };
    WorkflowReasonRequestInput: {
      reason: string;
    };
    VerifyUnitRequestInput: {
      /** @default [] */
      overrides: {
        key: string;
        note: string;
      }[];
    };
    SecondAnswerRequestInput: {
      /** Format: uuid */
      respondentId: string | null;
      indicatorCode: string;
      level: number;
    };
    SettleDisagreementRequestInput: {
      /** Format: uuid */
      respondentId: string | null;
      indicatorCode: string;
      level: number;
      note: string;
    };
    RequestPasswordResetInput: {
      /** Format: email */
      email: string;
    };
    CompletePasswordResetInput: {
      token: string;
      newPassword: string;
    };
    CreateUserRequestInput: {
      /** Format: email */
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'assessor' | 'verifier' | 'liaison';
      scope: components['schemas']['UserScopeInput'];
    };
    UpdateUserRequestInput: {
      name?: string;
      /** @enum {string} */
      role?: 'admin' | 'coordinator' | 'assessor' | 'verifier' | 'liaison';
      scope?: components['schemas']['UserScopeInput'];
    };
    SurveyResponseRequestInput: {
      levels: {
        [key: string]: number;
      };
      receiptNumber?: string;
    };
    SurveyResponseExclusionRequestInput: {
      excluded: boolean;
      note: string;
    };
    SurveyProofSettingInput: {
      proofRequired: boolean;
      /** @enum {string} */
      noProofRule: 'count' | 'exclude';
    };
    TrustResponseRequestInput: {
      answers: {
        [key: string]: number;
      };
    };
    TrustResponseExclusionRequestInput: {
      excluded: boolean;
      note: string;
    };
    AcceptLociRequestInput: {
      codes: string[];
    };
    ErrorResponse: {
      error: {
        code: string;
        /** @description In the language the request asked for (Indonesian by default) */
        message: string;
        /** @description Quote it when reporting a problem */
        requestId: string;
        details?: unknown;
        /** @description When details is a list cut short (an import keeps its first 1,000 problems): how many in all */
        detailsTotal?: number;
      };
    };
    UserScope: {
      /** @default [] */
      provinceCodes: string[];
      /** @default null */
      entityCode: string | null;
    };
    CurrentUser: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'assessor' | 'verifier' | 'liaison';
      scope: components['schemas']['UserScope'];
      /** @enum {string} */
      language: 'id' | 'en';
      /** @description True after an admin-issued one-time password */
      mustChangePassword: boolean;
    };
    OkResponse: {
      /** @enum {boolean} */
      ok: true;
    };
    AuditEntry: {
      id: number;
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      actorUserId: string | null;
      actorEmail: string | null;
      actorRole: string | null;
      /** @description e.g. user.create, auth.sign-in */
      action: string;
      resourceType: string;
      resourceId: string | null;
      provinceCode: string | null;
      before: unknown;
      after: unknown;
      requestId: string | null;
      ip: string | null;
    };
    AuditList: {
      items: components['schemas']['AuditEntry'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Meeting: {
      year: number;
      entityCode: string;
      entityName: string;
      /** @enum {string} */
      kind: 'entry' | 'exit';
      /** Format: date-time */
      heldAt: string;
      place: string;
      openedBy: string;
      agenda: string;
      minutes: string;
      attendees: {
        name: string;
        /** @description Position, e.g. "Kepala Bagian Organisasi" */
        jobTitle: string;
        institution: string;
      }[];
      attachments: {
        sha256: string;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
      }[];
    };
    CoachingSession: {
      id: string;
      entityCode: string | null;
      entityName: string | null;
      provinceCode: string;
      heldOn: string;
      topic: string;
      facilitator: string;
      attendees: {
        name: string;
        position: string;
        institution: string;
      }[];
      notes: string;
      planItemIds: string[];
      attachments: {
        sha256: string;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
      }[];
      version: number;
    };
    CoachingSessionList: {
      items: components['schemas']['CoachingSession'][];
    };
    EvidenceIntegrityFlag: {
      /** @enum {string} */
      code: 'gps-far' | 'time-outside-window' | 'no-metadata' | 'duplicate';
      details: {
        message: {
          id: string;
          en: string;
        };
        distanceKm?: number;
        maxDistanceKm?: number;
        /** Format: date-time */
        takenAt?: string;
        /** Format: date-time */
        windowStartsAt?: string;
        /** Format: date-time */
        windowEndsAt?: string;
        earlierUses?: {
          /** @enum {string} */
          match: 'exact' | 'perceptual';
          year: number;
          entityCode: string;
          entityName: string;
          unitName: string;
          indicatorCode: string;
        }[];
      };
      decision: {
        /** @enum {string} */
        decision: 'accepted' | 'rejected';
        note: string;
        /** Format: date-time */
        decidedAt: string;
        decidedBy: string | null;
      } | null;
    };
    CollectionEvidenceItem: {
      /** Format: uuid */
      id: string;
      fileName: string;
      mediaType: string;
      sizeBytes: number;
      sha256: string;
      /** Format: date-time */
      takenAt: string | null;
      latitude: number | null;
      longitude: number | null;
      /** Format: date-time */
      uploadedAt: string;
      integrityFlags?: components['schemas']['EvidenceIntegrityFlag'][];
      counts?: boolean;
    };
    EvidenceIntegrityReport: {
      year: number;
      provinceCode: string;
      evidenceCount: number;
      flaggedCount: number;
      undecidedCount: number;
      byCode: {
        'gps-far': number;
        'time-outside-window': number;
        'no-metadata': number;
        duplicate: number;
      } & {
        [key: string]: number;
      };
      items: {
        entityCode: string;
        entityName: string;
        /** Format: uuid */
        unitId: string;
        unitName: string;
        indicatorCode: string;
        evidence: {
          /** Format: uuid */
          id: string;
          fileName: string;
          mediaType: string;
          sizeBytes: number;
          sha256: string;
          /** Format: date-time */
          takenAt: string | null;
          latitude: number | null;
          longitude: number | null;
          /** Format: date-time */
          uploadedAt: string;
          integrityFlags: components['schemas']['EvidenceIntegrityFlag'][];
          counts: boolean;
        };
      }[];
    };
    EntitySummary: {
      /** @description Kemendagri code for regional governments ("16.06"); admin-given for K/L */
      code: string;
      /** @enum {string} */
      kind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      provinceCode: string | null;
      regencyCode: string | null;
      officialName: string;
      shortName: string;
      alias: string | null;
      isActive: boolean;
    };
    EntityList: {
      items: components['schemas']['EntitySummary'][];
      total: number;
      page: number;
      pageSize: number;
    };
    RespondentPlan: {
      /** @description Asked at every locus unit */
      perUnit: {
        role: string;
        text: {
          id: string;
          en: string;
        };
        count: number;
      }[];
      /** @description Quotas over the whole entity (service users) */
      perEntity: {
        role: string;
        text: {
          id: string;
          en: string;
        };
        count: number;
      }[];
      perUnitTotal: number;
      /** @description perUnitTotal × units + entity quotas */
      entityTotal: number;
      /** @description Respondents recorded so far (field collection) */
      recorded: number;
    };
    LocusSummary: {
      year: number;
      entityCode: string;
      entityName: string;
      /** @enum {string} */
      entityKind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      provinceCode: string | null;
      unitCount: number;
      assessors: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      }[];
      verifiers: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      }[];
      respondentsPlanned: number;
      respondentsRecorded: number;
    };
    LocusList: {
      items: components['schemas']['LocusSummary'][];
      total: number;
      page: number;
      pageSize: number;
    };
    LocusDetail: {
      year: number;
      entityCode: string;
      entityName: string;
      /** @enum {string} */
      entityKind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      provinceCode: string | null;
      unitCount: number;
      assessors: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      }[];
      verifiers: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
      }[];
      respondentsPlanned: number;
      respondentsRecorded: number;
      /** @description Every active unit of the entity, the assessed ones marked */
      units: {
        /** Format: uuid */
        unitId: string;
        name: string;
        unitTypeCode: string;
        /** @description Assessed in this cycle */
        isSelected: boolean;
        respondentsPlanned: number;
      }[];
      plan: components['schemas']['RespondentPlan'];
      methodologyRef: string;
    };
    MyLoci: {
      items: {
        year: number;
        entityCode: string;
        entityName: string;
        /** @enum {string} */
        role: 'assessor' | 'verifier';
        unitCount: number;
        respondentsPlanned: number;
        respondentsRecorded: number;
      }[];
    };
    FieldRespondent: {
      /** Format: uuid */
      id: string;
      roleCode: string;
      name: string;
      jobTitle: string;
      /** @enum {string|null} */
      employment: 'asn' | 'non-asn' | null;
      decreeNumber: string | null;
      decreeDate: string | null;
      interviewedOn: string | null;
      version: number;
      updatedAt: string;
    };
    RespondentList: {
      respondents: components['schemas']['FieldRespondent'][];
      /** @description The unit-scoped official roles of the edition */
      roles: {
        code: string;
        text: {
          id: string;
          en: string;
        };
        requiredCount: number;
        recorded: number;
      }[];
      /** @description Role codes with fewer respondents than required */
      missingRoles: string[];
    };
    RespondentSaved: {
      respondents: components['schemas']['FieldRespondent'][];
      /** @description The unit-scoped official roles of the edition */
      roles: {
        code: string;
        text: {
          id: string;
          en: string;
        };
        requiredCount: number;
        recorded: number;
      }[];
      /** @description Role codes with fewer respondents than required */
      missingRoles: string[];
      respondent: components['schemas']['FieldRespondent'];
    };
    FieldAnswer: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      respondentId: string | null;
      indicatorCode: string;
      level: number | null;
      note: string;
      version: number;
      updatedAt: string;
      /** @description Name of who saved it last */
      updatedBy: string | null;
      evidence: components['schemas']['CollectionEvidenceItem'][];
    };
    ProvisionalUnitScore: {
      score: number;
      roundedScore: number;
      category: string;
      label: {
        id: string;
        en: string;
      };
      zone: string;
      zoneLabel: {
        id: string;
        en: string;
      };
      colour: string;
      dimensions: {
        code: string;
        text: {
          id: string;
          en: string;
        };
        score: number | null;
      }[];
      /** @description Official and checklist answers with a level */
      answeredCount: number;
      /** @description Checklist questions + each role’s questions × its required count */
      expectedCount: number;
      /** @description What missing evidence costs: the answers whose claimed level counts lower without it */
      missingEvidence: {
        /** @description Rounded score if no indicator required evidence, minus the rounded score */
        points: number;
        answers: {
          indicatorCode: string;
          indicatorText: {
            id: string;
            en: string;
          };
          /** @description The official; null for the unit-level checklist */
          respondentId: string | null;
          level: number;
          /** @description The level that counted without the evidence */
          effectiveLevel: number;
        }[];
      };
    };
    UnitCollection: {
      year: number;
      entity: {
        code: string;
        name: string;
        kind: string;
      };
      unit: {
        /** Format: uuid */
        id: string;
        name: string;
        unitTypeCode: string;
      };
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'returned' | 'verified' | 'locked';
      editable: boolean;
      notEditableReason: {
        id: string;
        en: string;
      } | null;
      methodologyRef: string;
      forms: {
        interviews: {
          roleCode: string;
          roleText: {
            id: string;
            en: string;
          };
          questions: {
            indicatorCode: string;
            text: {
              id: string;
              en: string;
            };
            dimensionCode: string;
            dimensionText: {
              id: string;
              en: string;
            };
            /** @enum {string} */
            method: 'interview' | 'observation' | 'document' | 'survey' | 'complaint-records';
            levels: {
              value: number;
              label: {
                id: string;
                en: string;
              };
            }[];
            evidenceRule: string;
            needsEvidence: boolean;
          }[];
        }[];
        checklists: {
          /** @enum {string} */
          method: 'interview' | 'observation' | 'document' | 'survey' | 'complaint-records';
          questions: {
            indicatorCode: string;
            text: {
              id: string;
              en: string;
            };
            dimensionCode: string;
            dimensionText: {
              id: string;
              en: string;
            };
            /** @enum {string} */
            method: 'interview' | 'observation' | 'document' | 'survey' | 'complaint-records';
            levels: {
              value: number;
              label: {
                id: string;
                en: string;
              };
            }[];
            evidenceRule: string;
            needsEvidence: boolean;
          }[];
        }[];
      };
      respondents: components['schemas']['FieldRespondent'][];
      /** @description The unit-scoped official roles of the edition */
      roles: {
        code: string;
        text: {
          id: string;
          en: string;
        };
        requiredCount: number;
        recorded: number;
      }[];
      /** @description Role codes with fewer respondents than required */
      missingRoles: string[];
      answers: components['schemas']['FieldAnswer'][];
      reviewNotes: {
        /** Format: uuid */
        id: string;
        indicatorCode: string | null;
        note: string;
        authorName: string | null;
        createdAt: string;
        resolvedAt: string | null;
      }[];
      /** @description Never published; collection.read roles only */
      provisionalScore: components['schemas']['ProvisionalUnitScore'] | null;
      /** @description Whether the actor may decide integrity flags now */
      integrityDecision: {
        open: boolean;
        reason: {
          id: string;
          en: string;
        } | null;
      };
    };
    LociImportResult: {
      rows: number;
      lociCreated: number;
      unitsCreated: number;
      locusUnitsAdded: number;
    };
    DirectoryImportResult: {
      rows: number;
      entitiesCreated: number;
      aliasesChanged: number;
      unitsCreated: number;
    };
    FieldImportResult: {
      officialsAdded: number;
      answersSaved: number;
      complaintsAdded: number;
      surveyResponsesAdded: number;
      /** @description Rows matching a record already stored (same official, complaint number or form number) */
      rowsAlreadyPresent: number;
    };
    UploadCreated: {
      /** Format: uuid */
      uploadId: string;
      receivedBytes: number;
      chunkBytes: number;
    };
    UploadChunkSaved: {
      receivedBytes: number;
    };
    UploadStatus: {
      receivedBytes: number;
      sizeBytes: number;
      complete: boolean;
    };
    UnitScoringInput: {
      /** @description The frozen edition of the cycle, e.g. ombudsman-opini@2026 */
      methodologyRef: string;
      /** @description The edition itself (methodology.schema.json), parsed on the device with the core schema */
      methodology: {
        [key: string]: unknown;
      };
      entityKind: string;
      /** @description Checklist questions + each role’s questions × its required count */
      expectedCount: number;
      unit: {
        /** Format: uuid */
        unitId: string;
        unitName: string;
        unitTypeCode: string;
        productCount: number;
        respondents: {
          id: string;
          roleCode: string;
          name: string;
        }[];
        answers: {
          id: string;
          respondentId: string | null;
          indicatorCode: string;
          level: number | null;
          /** @description sha256 of each supporting file that counts (a rejected integrity flag drops it) */
          evidenceFiles: string[];
        }[];
        /** @description Service-user survey responses that count (excluded ones left out) */
        surveyResponses: {
          id: string;
          levels: {
            [key: string]: number;
          };
        }[];
      };
    };
    ComplaintRecord: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** @enum {string} */
      channel:
        | 'sp4n-lapor'
        | 'in-person'
        | 'letter'
        | 'phone'
        | 'email'
        | 'website'
        | 'social-media'
        | 'whatsapp'
        | 'other';
      /** Format: date-time */
      receivedAt: string;
      /** Format: date-time */
      firstResponseAt: string | null;
      /** Format: date-time */
      resolvedAt: string | null;
      /** @enum {string} */
      outcome: 'resolved' | 'in-progress' | 'rejected' | 'referred' | 'withdrawn';
      summary: string;
      version: number;
      /** Format: date-time */
      updatedAt: string;
    };
    ComplaintRecordList: {
      editable: boolean;
      items: components['schemas']['ComplaintRecord'][];
      summary: {
        complaints: number;
        responded: number;
        resolved: number;
        firstResponseHours: {
          median: number;
          p90: number;
        } | null;
        resolutionHours: {
          median: number;
          p90: number;
        } | null;
      };
    };
    CyclePhase: {
      /** @enum {string} */
      code:
        | 'preparation'
        | 'entry-meetings'
        | 'data-collection'
        | 'verification'
        | 'objection-window'
        | 'determination'
        | 'publication'
        | 'handover';
      /**
       * Format: date-time
       * @description Inclusive
       */
      startsAt: string;
      /**
       * Format: date-time
       * @description Exclusive
       */
      endsAt: string;
    };
    PhaseStatus:
      | {
          /** @enum {string} */
          kind: 'not-started';
          /** @enum {string} */
          next:
            | 'preparation'
            | 'entry-meetings'
            | 'data-collection'
            | 'verification'
            | 'objection-window'
            | 'determination'
            | 'publication'
            | 'handover';
        }
      | {
          /** @enum {string} */
          kind: 'in-phase';
          /** @enum {string} */
          phase:
            | 'preparation'
            | 'entry-meetings'
            | 'data-collection'
            | 'verification'
            | 'objection-window'
            | 'determination'
            | 'publication'
            | 'handover';
        }
      | {
          /** @enum {string} */
          kind: 'between';
          /** @enum {string} */
          previous:
            | 'preparation'
            | 'entry-meetings'
            | 'data-collection'
            | 'verification'
            | 'objection-window'
            | 'determination'
            | 'publication'
            | 'handover';
          /** @enum {string} */
          next:
            | 'preparation'
            | 'entry-meetings'
            | 'data-collection'
            | 'verification'
            | 'objection-window'
            | 'determination'
            | 'publication'
            | 'handover';
        }
      | {
          /** @enum {string} */
          kind: 'finished';
        };
    Cycle: {
      year: number;
      methodologyRef: string;
      /** @description Set when data collection opened: the edition is frozen */
      methodologySha256: string | null;
      /** Format: date-time */
      frozenAt: string | null;
      phases: components['schemas']['CyclePhase'][];
      decreeNumber: string | null;
      decreeDate: string | null;
      /** Format: date-time */
      embargoAt: string | null;
      status: components['schemas']['PhaseStatus'];
      actions: {
        'locus.plan': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'team.plan': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'meeting.entry': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'meeting.exit': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'answer.record': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'verification.record': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'objection.file': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'unit.correct': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'approval.withdraw': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
        'results.finalise': {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
      } & {
        [key: string]: {
          open: boolean;
          /** @description Why the action is closed now, when it is */
          reason: {
            id: string;
            en: string;
          } | null;
        };
      };
      /**
       * Format: date-time
       * @description The server time the status and actions were computed at
       */
      now: string;
    };
    CycleList: {
      items: components['schemas']['Cycle'][];
    };
    CycleEdition: {
      ref: string;
      title: {
        id: string;
        en: string;
      };
      /** @enum {string} */
      status: 'draft' | 'active' | 'retired';
      sha256: string;
    };
    PublicDocumentList: {
      year: number;
      piagamUrl: string | null;
      /** @description True while nobody has set who signs this year’s piagam: no piagam is published yet */
      piagamUnsigned: boolean;
      raporUrl: string;
      units: {
        /** Format: uuid */
        unitResultId: string;
        unitName: string;
        score: number;
        category: string;
        piagamUrl: string | null;
      }[];
    };
    DocumentVerification: {
      /** @enum {string} */
      status: 'valid' | 'superseded' | 'unknown';
      /** @description The code as typed, normalised to XXXX-XXXX-XX when well-formed */
      code: string;
      /** @description False when the code has a typo (length, alphabet or check symbol) */
      wellFormed: boolean;
      document: {
        /**
         * @description Which document printed the code
         * @enum {string}
         */
        kind: 'piagam' | 'rapor';
        year: number;
        entityCode: string;
        entityName: string;
        unitName: string | null;
        score: number;
        category: string;
        opinionLabel: {
          id: string;
          en: string;
        };
        zone: string;
        zoneLabel: {
          id: string;
          en: string;
        };
        zoneColour: string;
        decreeNumber: string | null;
        /** Format: date-time */
        publishedAt: string;
      } | null;
      /** @description For a superseded code: the result in the newer snapshot of that year, when there is one */
      current: {
        score: number;
        category: string;
        /** Format: date-time */
        publishedAt: string;
        /** @description The code the reissued document (piagam or rapor) of the newer snapshot prints (issued when it is printed) */
        code: string | null;
      } | null;
    };
    OfficeSignatories: {
      year: number;
      officeCode: string;
      officeName: string;
      signatories: {
        name: string;
        title: string;
      }[];
      place: string | null;
      /** @description False: nothing stored, the piagam prints the defaults (marked as not set) */
      isSet: boolean;
      /** Format: date-time */
      updatedAt: string | null;
    };
    OfficeLetterhead: {
      officeCode: string;
      sha256: string;
      /** @enum {string} */
      mediaType: 'image/png' | 'image/jpeg';
      /** Format: date-time */
      updatedAt: string;
    };
    DocumentJob: {
      /** Format: uuid */
      id: string;
      year: number;
      documents: ('piagam' | 'rapor')[];
      /** @enum {string} */
      status: 'queued' | 'running' | 'done' | 'failed';
      progressDone: number;
      progressTotal: number;
      resultSizeBytes: number | null;
      resultSha256: string | null;
      downloadUrl: string | null;
      error: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
    };
    UnitType: {
      code: string;
      nameId: string;
      nameEn: string;
      sortOrder: number;
      isActive: boolean;
    };
    Unit: {
      /** Format: uuid */
      id: string;
      entityCode: string;
      unitTypeCode: string;
      name: string;
      address: string | null;
      latitude: number | null;
      longitude: number | null;
      /** @description Opening hours in local time, "07:30-16:00" */
      serviceHours: string | null;
      isActive: boolean;
      /** @description Service products, e.g. "Akta kelahiran" */
      products: string[];
    };
    EntityDetail: {
      /** @description Kemendagri code for regional governments ("16.06"); admin-given for K/L */
      code: string;
      /** @enum {string} */
      kind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      provinceCode: string | null;
      regencyCode: string | null;
      officialName: string;
      shortName: string;
      alias: string | null;
      isActive: boolean;
      units: components['schemas']['Unit'][];
    };
    ImportResultsResponse: {
      dryRun: boolean;
      years: {
        year: number;
        /** @enum {string} */
        outcome: 'created' | 'unchanged';
        /**
         * Format: uuid
         * @description null on a dry run
         */
        snapshotId: string | null;
        /** Format: uuid */
        supersedesId: string | null;
        methodologyRef: string;
        rows: number;
        /** @description Rows whose published value disagrees with the computed one */
        flaggedRows: number;
        /** @description Differences from the superseded snapshot */
        changes: {
          entityCode: string;
          entityName: string;
          /** @enum {string} */
          change: 'added' | 'removed' | 'changed';
          before: {
            score: number;
            category: string;
            rankProvince: number | null;
          } | null;
          after: {
            score: number;
            category: string;
            rankProvince: number | null;
          } | null;
        }[];
      }[];
    };
    ResultSnapshotSummary: {
      /** Format: uuid */
      id: string;
      year: number;
      /** @enum {string} */
      source: 'historical-import' | 'computed';
      /** @enum {string} */
      status: 'draft' | 'published';
      methodologyRef: string;
      methodologySha256: string;
      decreeNumber: string | null;
      decreeDate: string | null;
      /** Format: date-time */
      embargoAt: string;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: uuid */
      supersedesId: string | null;
      /** @description The snapshot the public sees (or will see at its embargo) for its year */
      isCurrent: boolean;
      sourceFileName: string | null;
      rows: number;
      flaggedRows: number;
      /** Format: date-time */
      createdAt: string;
    };
    ResultSnapshotList: {
      items: components['schemas']['ResultSnapshotSummary'][];
    };
    UnitChange: {
      entityCode: string;
      unitId: string | null;
      unitName: string;
      unitTypeCode: string;
      /** @enum {string} */
      change: 'added' | 'removed' | 'changed';
      before: {
        score: number;
        category: string;
        rankUnitTypeProvince: number | null;
      } | null;
      after: {
        score: number;
        category: string;
        rankUnitTypeProvince: number | null;
      } | null;
    };
    FinaliseReadiness: {
      year: number;
      /** @description Every locus is accepted and nothing is missing */
      ready: boolean;
      /** @description How many loci finalising with scope "accepted" would publish */
      acceptedLoci: number;
      loci: {
        code: string;
        name: string;
        approval: string;
        accepted: boolean;
        unitsNotVerified: number;
        problems: {
          /** @enum {string} */
          code:
            | 'no-units'
            | 'units-not-verified'
            | 'answers-incomplete'
            | 'evidence-missing'
            | 'survey-below-quota'
            | 'objections-open'
            | 'not-accepted'
            | 'unit-type-not-in-edition'
            | 'oversight-products-pending'
            | 'public-trust-below-quota';
          count: number;
          message: {
            id: string;
            en: string;
          };
        }[];
      }[];
    };
    FinaliseResponse: {
      /** Format: uuid */
      snapshotId: string;
      /** Format: uuid */
      supersedesId: string | null;
      year: number;
      methodologyRef: string;
      methodologySha256: string;
      decreeNumber: string | null;
      decreeDate: string | null;
      /**
       * Format: date-time
       * @description The snapshot is public from this moment on, by itself
       */
      embargoAt: string;
      entities: number;
      units: number;
      /** @enum {string} */
      scope: 'accepted' | 'all';
      /** @description not-accepted: published under the "all" override although the centre has not accepted the locus; left-out: not accepted, so not published under scope "accepted"; no-units: left out */
      flags: {
        entityCode: string;
        entityName: string;
        /** @enum {string} */
        flag: 'not-accepted' | 'no-units' | 'left-out';
        /** @description The locus approval when finalised (open, approved, accepted) */
        approval: string;
      }[];
      /** @description Entities changed since the superseded snapshot */
      changes: {
        entityCode: string;
        entityName: string;
        /** @enum {string} */
        change: 'added' | 'removed' | 'changed';
        before: {
          score: number;
          category: string;
          rankProvince: number | null;
        } | null;
        after: {
          score: number;
          category: string;
          rankProvince: number | null;
        } | null;
      }[];
      unitChanges: components['schemas']['UnitChange'][];
    };
    ProvisionalResult: {
      year: number;
      entityCode: string;
      entityName: string;
      methodologyRef: string;
      /** Format: date-time */
      computedAt: string;
      /** Format: date-time */
      objectionWindowEndsAt: string | null;
      approval: string;
      score: number;
      category: string;
      label: {
        id: string;
        en: string;
      };
      zone: string;
      colour: string;
      units: {
        unitId: string;
        unitName: string;
        unitTypeCode: string;
        score: number;
        category: string;
        zone: string;
      }[];
      /** @description Where the entity loses most points, most first (at most 5) */
      weakestIndicators: {
        unitId: string;
        unitName: string;
        indicatorCode: string;
        text: {
          id: string;
          en: string;
        };
        currentScore: number;
        currentLevel: number | null;
        /** @description Entity points lost on this indicator now: (100 − score) × its share of the entity */
        pointsLost: number;
      }[];
    };
    SnapshotChangesWithUnits: {
      /** Format: uuid */
      snapshotId: string;
      /** Format: uuid */
      supersedesId: string | null;
      changes: {
        entityCode: string;
        entityName: string;
        /** @enum {string} */
        change: 'added' | 'removed' | 'changed';
        before: {
          score: number;
          category: string;
          rankProvince: number | null;
        } | null;
        after: {
          score: number;
          category: string;
          rankProvince: number | null;
        } | null;
      }[];
      /** @enum {string} */
      source: 'historical-import' | 'computed';
      year: number;
      unitChanges: components['schemas']['UnitChange'][];
    };
    HealthResponse: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      database: 'pglite' | 'postgres';
      /** @description Migrations applied to the database */
      migrations: number;
      /** @description Version of the running Patuh package */
      version: string;
    };
    LivenessResponse: {
      /** @enum {string} */
      status: 'ok';
    };
    MethodologyListing: {
      /** @description "<id>@<version>" */
      ref: string;
      id: string;
      version: string;
      title: {
        id: string;
        en: string;
      };
      /** @enum {string} */
      standing: 'in-force' | 'superseded' | 'history' | 'draft';
      supersededBy: {
        ref: string;
        reason: {
          id: string;
          en: string;
        };
      } | null;
      revisionOf: {
        ref: string;
        changes: {
          id: string;
          en: string;
        }[];
      } | null;
      sha256: string;
      provenance: {
        confirmed: number;
        inferred: number;
        assumed: number;
      };
    };
    MethodologyList: {
      items: components['schemas']['MethodologyListing'][];
    };
    MethodologyEdition: {
      listing: components['schemas']['MethodologyListing'];
      methodology: {
        $schema?: string;
        /** @enum {number} */
        schemaVersion: 1;
        id: string;
        version: string;
        title: {
          id: string;
          en: string;
        };
        description?: {
          id: string;
          en: string;
        };
        legalBasis: {
          id: string;
          en: string;
        }[];
        /** @enum {string} */
        status: 'draft' | 'active' | 'retired';
        supersededBy?: {
          ref: string;
          reason: {
            id: string;
            en: string;
          };
        };
        revisionOf?: {
          ref: string;
          changes: {
            id: string;
            en: string;
          }[];
        };
        provenance: {
          /** @enum {string} */
          status: 'confirmed' | 'inferred' | 'assumed';
          note: string;
        };
        entityKinds: {
          code: string;
          text: {
            id: string;
            en: string;
          };
        }[];
        unitTypes: {
          code: string;
          text: {
            id: string;
            en: string;
          };
          provenance: {
            /** @enum {string} */
            status: 'confirmed' | 'inferred' | 'assumed';
            note: string;
          };
        }[];
        respondentRoles: {
          code: string;
          text: {
            id: string;
            en: string;
          };
          /** @enum {string} */
          scope: 'unit' | 'entity';
          requiredCount: number;
          appliesTo?: {
            entityKinds?: string[];
            unitTypes?: string[];
          };
          provenance: {
            /** @enum {string} */
            status: 'confirmed' | 'inferred' | 'assumed';
            note: string;
          };
        }[];
        scales: {
          code: string;
          /** @enum {string} */
          kind: 'levels' | 'yes-no' | 'likert';
          text: {
            id: string;
            en: string;
          };
          levels: {
            value: number;
            label: {
              id: string;
              en: string;
            };
          }[];
          /** @enum {string} */
          normalisation: 'min-max' | 'ratio-to-max';
          provenance: {
            /** @enum {string} */
            status: 'confirmed' | 'inferred' | 'assumed';
            note: string;
          };
        }[];
        dimensions: {
          code: string;
          text: {
            id: string;
            en: string;
          };
          weight: number;
          weightProvenance: {
            /** @enum {string} */
            status: 'confirmed' | 'inferred' | 'assumed';
            note: string;
          };
          variables: {
            code: string;
            text: {
              id: string;
              en: string;
            };
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          }[];
          indicators: {
            code: string;
            text: {
              id: string;
              en: string;
            };
            variable: string;
            weight: number;
            weightProvenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
            /** @enum {string} */
            method: 'interview' | 'observation' | 'document' | 'survey' | 'complaint-records';
            respondentRoles: string[];
            scale: string;
            evidence: {
              /** @enum {string} */
              rule: 'not-required' | 'required-or-lowest-level' | 'required-flag-only';
              provenance: {
                /** @enum {string} */
                status: 'confirmed' | 'inferred' | 'assumed';
                note: string;
              };
            };
            appliesTo?: {
              entityKinds?: string[];
              unitTypes?: string[];
            };
            aggregation?:
              | {
                  /** @enum {string} */
                  method: 'mean' | 'median' | 'min';
                  provenance: {
                    /** @enum {string} */
                    status: 'confirmed' | 'inferred' | 'assumed';
                    note: string;
                  };
                }
              | {
                  /** @enum {string} */
                  method: 'share-meeting-level';
                  level: number;
                  provenance: {
                    /** @enum {string} */
                    status: 'confirmed' | 'inferred' | 'assumed';
                    note: string;
                  };
                };
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          }[];
          provenance: {
            /** @enum {string} */
            status: 'confirmed' | 'inferred' | 'assumed';
            note: string;
          };
        }[];
        aggregation: {
          respondentsToIndicator:
            | {
                /** @enum {string} */
                method: 'mean' | 'median' | 'min';
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              }
            | {
                /** @enum {string} */
                method: 'share-meeting-level';
                level: number;
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              };
          missingAnswers: {
            /** @enum {string} */
            policy: 'score-lowest-level' | 'exclude';
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          };
          indicatorToDimension: {
            /** @enum {string} */
            method: 'weighted-mean';
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          };
          dimensionToUnit: {
            /** @enum {string} */
            method: 'weighted-mean';
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          };
          unitToEntity:
            | {
                /** @enum {string} */
                method: 'mean-of-units';
                roundUnitScores: boolean;
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              }
            | {
                /** @enum {string} */
                method: 'weighted-by-products';
                roundUnitScores: boolean;
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              }
            | {
                /** @enum {string} */
                method: 'weighted-by-unit-type';
                weights: {
                  unitType: string;
                  weight: number;
                }[];
                roundUnitScores: boolean;
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              };
          adjustments: (
            | {
                /** @enum {string} */
                kind: 'oversight-deduction';
                code: string;
                text: {
                  id: string;
                  en: string;
                };
                points: number;
                maximumScoreAfter: number | null;
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              }
            | {
                /** @enum {string} */
                kind: 'public-trust-blend';
                code: string;
                text: {
                  id: string;
                  en: string;
                };
                dimensionsWeight: number;
                publicTrustWeight: number;
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              }
            | {
                /** @enum {string} */
                kind: 'opinion-elements';
                code: string;
                text: {
                  id: string;
                  en: string;
                };
                elements: {
                  /** @enum {string} */
                  code: 'instrument' | 'public-trust' | 'oversight-compliance';
                  text: {
                    id: string;
                    en: string;
                  };
                  weight: number;
                  weightProvenance: {
                    /** @enum {string} */
                    status: 'confirmed' | 'inferred' | 'assumed';
                    note: string;
                  };
                  provenance: {
                    /** @enum {string} */
                    status: 'confirmed' | 'inferred' | 'assumed';
                    note: string;
                  };
                }[];
                provenance: {
                  /** @enum {string} */
                  status: 'confirmed' | 'inferred' | 'assumed';
                  note: string;
                };
              }
          )[];
        };
        classification: {
          rounding: {
            decimals: number;
            /** @enum {string} */
            mode: 'half-up';
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          };
          hasZones?: boolean;
          zones: {
            code: string;
            label: {
              id: string;
              en: string;
            };
            colour: string;
          }[];
          bands: {
            category: string;
            label: {
              id: string;
              en: string;
            };
            min: number;
            max: number;
            zone: string;
            colour: string;
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          }[];
          labelSuffix?: {
            /** @enum {string} */
            when: 'oversight-followed-up';
            text: {
              id: string;
              en: string;
            };
            provenance: {
              /** @enum {string} */
              status: 'confirmed' | 'inferred' | 'assumed';
              note: string;
            };
          };
        };
      };
      surveyExplanations: {
        [key: string]: {
          id: string;
          en: string;
        };
      };
    };
    NotificationList: {
      count: number;
      items: {
        /** @enum {string} */
        kind:
          | 'item-due-soon'
          | 'item-overdue'
          | 'unit-returned'
          | 'unit-submitted'
          | 'entity-ready-to-approve'
          | 'entity-approved'
          | 'objection-window-open'
          | 'objection-window-closing'
          | 'objection-decided'
          | 'results-published';
        key: string;
        date: string | null;
        entityCode: string;
        entityName: string;
        year: number;
        title: string;
        daysLeft: number | null;
        link: string;
      }[];
    };
    NoticeMailSetting: {
      mailEnabled: boolean;
      mailConfigured: boolean;
    };
    Objection: {
      /** Format: uuid */
      id: string;
      year: number;
      entityCode: string;
      entityName: string;
      provinceCode: string | null;
      /** Format: uuid */
      unitId: string | null;
      unitName: string | null;
      indicatorCode: string | null;
      text: string;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'rejected';
      decisionNote: string | null;
      decidedByName: string | null;
      /** Format: date-time */
      decidedAt: string | null;
      filedByName: string;
      /** Format: date-time */
      filedAt: string;
      files: {
        sha256: string;
        fileName: string;
        mediaType: string;
      }[];
    };
    ObjectionList: {
      items: components['schemas']['Objection'][];
    };
    OversightProduct: {
      id: string;
      /** @enum {string} */
      kind: 'tindakan_korektif' | 'saran_perbaikan' | 'saran_penyempurnaan' | 'rekomendasi';
      number: string;
      issuedOn: string;
      subject: string;
      issuingOffice: string;
      dueOn: string | null;
      /** @enum {string} */
      followUpStatus: 'belum' | 'sebagian' | 'selesai';
      confirmedByName: string | null;
      confirmedAt: string | null;
      confirmations: {
        /** @enum {string} */
        followUpStatus: 'belum' | 'sebagian' | 'selesai';
        confirmedOn: string;
        confirmedAt: string;
        confirmedByName: string;
        note: string;
      }[];
      files: {
        sha256: string;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
      }[];
      version: number;
    };
    FollowUpStatusAtCutOff: {
      /**
       * @description none: no product issued by the cut-off (not the same as followed up in full)
       * @enum {string}
       */
      followedUpInFull: 'none' | 'all-followed-up' | 'open';
      cutOff: string;
      issued: number;
      followedUp: number;
      openProductIds: string[];
    };
    OversightRegister: {
      entity: {
        code: string;
        name: string;
        provinceCode: string | null;
      };
      items: components['schemas']['OversightProduct'][];
      status: components['schemas']['FollowUpStatusAtCutOff'];
      canManage: boolean;
      canUploadFollowUp: boolean;
    };
    OversightImportResult: {
      rows: number;
      created: number;
      updated: number;
    };
    Respondent: {
      /** @description Unique within the unit, e.g. "kepala-unit-1" */
      id: string;
      /** @description A respondent role code of the methodology, e.g. "kepala-unit" */
      role: string;
      name?: string;
    };
    Answer: {
      /** @description Indicator code of the methodology, e.g. "PRS-01" */
      indicator: string;
      /** @description Respondent id within the same unit */
      respondent: string;
      /** @description A level of the indicator’s scale, e.g. 0–3 */
      level: number;
      /** @description Supporting documents (ids or file names) */
      evidence?: string[];
    };
    UnitAnswers: {
      code: string;
      name: string;
      /** @description A unit type code of the methodology, e.g. "dinas-sosial" */
      type: string;
      serviceProducts?: number;
      respondents: components['schemas']['Respondent'][];
      answers: components['schemas']['Answer'][];
    };
    EntityAnswers: {
      /** @description e.g. the Kemendagri region code "16.06" */
      code: string;
      name: string;
      /** @description An entity kind code of the methodology, e.g. "pemkab" */
      kind: string;
      province?: string;
      oversight?: {
        ignoredProducts: number;
        followedUpFindings: boolean;
      };
      publicTrustScore?: number;
      units: components['schemas']['UnitAnswers'][];
    };
    SimulatorInput: {
      entity: {
        code: string;
        name: string;
        kind: string;
        provinceCode: string | null;
      };
      year: number | null;
      /** @enum {string} */
      source: 'collected' | 'none';
      methodologyRef: string | null;
      methodology: unknown;
      answers: components['schemas']['EntityAnswers'] | null;
      peers: {
        year: number | null;
        province: {
          code: string;
          name: string;
          score: number;
        }[];
        national: {
          code: string;
          name: string;
          score: number;
        }[];
      };
      availableYears: number[];
    };
    PlanItem: {
      id: string;
      position: number;
      unitId: string | null;
      unitName: string | null;
      indicatorCode: string;
      action: string;
      ownerName: string;
      ownerPosition: string;
      dueDate: string | null;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'done' | 'dropped';
      expectedGain: number | null;
      notes: {
        at: string;
        authorName: string;
        text: string;
      }[];
      files: {
        sha256: string;
        fileName: string;
        mediaType: string;
        sizeBytes: number;
      }[];
      version: number;
      overdue: boolean;
      dueSoon: boolean;
      pointsBefore: number | null;
      pointsAfter: number | null;
      realisedGain: number | null;
      improved: boolean | null;
    };
    ImprovementPlan: {
      entityCode: string;
      entityName: string;
      provinceCode: string | null;
      year: number;
      title: string;
      methodologyRef: string | null;
      baselineScore: number | null;
      createdAt: string;
      items: components['schemas']['PlanItem'][];
      progress: {
        total: number;
        planned: number;
        inProgress: number;
        done: number;
        dropped: number;
        overdue: number;
        plannedGain: number;
      };
      baseline: {
        nextYear: number;
        scoreBefore: number | null;
        scoreAfter: number | null;
        plannedGain: number;
        realisedGain: number | null;
      } | null;
    };
    PlanList: {
      items: {
        entityCode: string;
        entityName: string;
        provinceCode: string | null;
        year: number;
        title: string;
        progress: {
          total: number;
          planned: number;
          inProgress: number;
          done: number;
          dropped: number;
          overdue: number;
          plannedGain: number;
        };
        updatedAt: string;
      }[];
    };
    SubmissionCheck: {
      /** @description Nothing blocks submission (the survey quota only warns) */
      isComplete: boolean;
      missingRoles: {
        role: string;
        text: {
          id: string;
          en: string;
        };
        present: number;
        required: number;
      }[];
      unansweredIndicators: {
        indicatorCode: string;
        text: {
          id: string;
          en: string;
        };
        respondents: string[];
      }[];
      missingEvidence: {
        indicatorCode: string;
        text: {
          id: string;
          en: string;
        };
        respondent: string;
      }[];
      surveyQuota: {
        responses: number;
        target: number;
        reached: boolean;
      };
      /** @description Each problem in one line, blocking ones first */
      messages: {
        id: string;
        en: string;
      }[];
      /** @description Each blocking problem with a stable key: the verifier overrides one only with a note */
      gaps: {
        key: string;
        text: {
          id: string;
          en: string;
        };
      }[];
    };
    UnitWorkflow: {
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'returned' | 'verified' | 'locked';
      /** Format: date-time */
      statusChangedAt: string | null;
      /** @enum {string} */
      locusApproval: 'open' | 'approved' | 'accepted';
      check: components['schemas']['SubmissionCheck'];
      actions: {
        submit: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        return: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        verify: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        reopen: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        openCorrection: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
      };
      indicators: {
        code: string;
        text: {
          id: string;
          en: string;
        };
      }[];
      /** @description Review notes, newest first */
      notes: {
        /** Format: uuid */
        id: string;
        indicatorCode: string | null;
        note: string;
        authorName: string | null;
        /** Format: date-time */
        createdAt: string;
        /** Format: date-time */
        resolvedAt: string | null;
      }[];
      correction: {
        /** Format: date-time */
        openedAt: string;
        reason: string;
      } | null;
      verificationOverrides: {
        key: string;
        text: string;
        note: string;
      }[];
    };
    LocusApprovalState: {
      /** @enum {string} */
      approval: 'open' | 'approved' | 'accepted';
      /** Format: date-time */
      approvedAt: string | null;
      approvedBy: string | null;
      /** Format: date-time */
      acceptedAt: string | null;
      acceptedBy: string | null;
      units: {
        /** Format: uuid */
        unitId: string;
        name: string;
        /** @enum {string} */
        status: 'draft' | 'submitted' | 'returned' | 'verified' | 'locked';
        correction: {
          /** Format: date-time */
          openedAt: string;
          reason: string;
        } | null;
        verificationOverrides: {
          key: string;
          text: string;
          note: string;
        }[];
      }[];
      actions: {
        approve: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        accept: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        withdrawApproval: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
        withdrawAcceptance: {
          visible: boolean;
          enabled: boolean;
          reason: {
            id: string;
            en: string;
          } | null;
        };
      };
    };
    CycleProgress: {
      year: number;
      provinces: {
        /** @description Officials and the assessor recorded / planned (unit-scoped roles) */
        respondents: {
          done: number;
          total: number;
        };
        /** @description Indicators with at least one answer / indicators of the unit’s forms (survey excluded) */
        indicators: {
          done: number;
          total: number;
        };
        /** @description Answers that need evidence and have it / answers that need evidence */
        evidence: {
          done: number;
          total: number;
        };
        /** @description Survey responses / target (30 per unit, an assumption) */
        survey: {
          done: number;
          total: number;
        };
        /** @description Units per workflow status */
        statuses: {
          draft: number;
          submitted: number;
          returned: number;
          verified: number;
          locked: number;
        } & {
          [key: string]: number;
        };
        provinceCode: string | null;
        provinceName: string;
        /** @description Entities per approval state */
        approvals: {
          open: number;
          approved: number;
          accepted: number;
        } & {
          [key: string]: number;
        };
        entities: {
          /** @description Officials and the assessor recorded / planned (unit-scoped roles) */
          respondents: {
            done: number;
            total: number;
          };
          /** @description Indicators with at least one answer / indicators of the unit’s forms (survey excluded) */
          indicators: {
            done: number;
            total: number;
          };
          /** @description Answers that need evidence and have it / answers that need evidence */
          evidence: {
            done: number;
            total: number;
          };
          /** @description Survey responses / target (30 per unit, an assumption) */
          survey: {
            done: number;
            total: number;
          };
          /** @description Units per workflow status */
          statuses: {
            draft: number;
            submitted: number;
            returned: number;
            verified: number;
            locked: number;
          } & {
            [key: string]: number;
          };
          entityCode: string;
          entityName: string;
          /** @enum {string} */
          entityKind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
          /** @enum {string} */
          approval: 'open' | 'approved' | 'accepted';
          units: {
            /** @description Officials and the assessor recorded / planned (unit-scoped roles) */
            respondents: {
              done: number;
              total: number;
            };
            /** @description Indicators with at least one answer / indicators of the unit’s forms (survey excluded) */
            indicators: {
              done: number;
              total: number;
            };
            /** @description Answers that need evidence and have it / answers that need evidence */
            evidence: {
              done: number;
              total: number;
            };
            /** @description Survey responses / target (30 per unit, an assumption) */
            survey: {
              done: number;
              total: number;
            };
            /** @description Units per workflow status */
            statuses: {
              draft: number;
              submitted: number;
              returned: number;
              verified: number;
              locked: number;
            } & {
              [key: string]: number;
            };
            /** Format: uuid */
            unitId: string;
            name: string;
            unitTypeCode: string;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'verified' | 'locked';
          }[];
        }[];
      }[];
      /** @description Present when pageSize was asked: province figures count every entity, `entities` lists only the page */
      page?: {
        page: number;
        pageSize: number;
        totalEntities: number;
      };
    };
    PublicCycle: {
      year: number;
      /** Format: uuid */
      snapshotId: string;
      /** @enum {string} */
      source: 'historical-import' | 'computed';
      /** @description Edition the categories and zones follow, e.g. ombudsman-kepatuhan@2023 */
      methodologyRef: string;
      methodologySha256: string;
      decreeNumber: string | null;
      decreeDate: string | null;
      /**
       * Format: date-time
       * @description The embargo time: when the results became public
       */
      publishedAt: string;
      entityCount: number;
      /** @description Some values are demo values, not published ones */
      hasDemoValues: boolean;
      /** @description False for editions without zones (Opini Ombudsman): results colour and group by opinion label */
      hasZones: boolean;
    };
    PublicCycleList: {
      items: components['schemas']['PublicCycle'][];
    };
    PublicResult: {
      entityCode: string;
      entityName: string;
      /** @enum {string} */
      kind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      provinceCode: string | null;
      provinceName: string | null;
      score: number;
      category: string;
      opinionLabel: {
        id: string;
        en: string;
      };
      zone: string;
      categoryColour: string;
      zoneColour: string;
      /** @description Among the same entity kind nationally */
      rankNational: number;
      rankNationalOf: number;
      /** @description Kabupaten and kota together within the province */
      rankProvince: number | null;
      rankProvinceOf: number | null;
      /** @description Only when both years rank the same population (same kind, same number ranked) */
      previousRankNational: number | null;
      /** @description Only when both years rank the same population (same province, same number ranked) */
      previousRankProvince: number | null;
      /** @description The score of the year before, when published */
      previousScore: number | null;
      /** @description Why no national rank change is shown although the year before was ranked */
      rankNationalNotComparable: {
        id: string;
        en: string;
      } | null;
      /** @description Why no province rank change is shown although the year before was ranked */
      rankProvinceNotComparable: {
        id: string;
        en: string;
      } | null;
      /** @description e.g. category-differs: a published value that disagrees with the computed one */
      flags: string[];
      isDemoValue: boolean;
      note: string | null;
    };
    PublicCoverage: {
      /** @enum {string} */
      kind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      /** @description Published (assessed and ranked) entities of the kind: N */
      assessed: number;
      /** @description Active entities of the kind in the directory (at least N): M; within the province when asked */
      inDirectory: number;
    };
    PublicResultList: {
      cycle: components['schemas']['PublicCycle'];
      items: components['schemas']['PublicResult'][];
      /** @description Per kind with published rows, for the asked province or nationally; ignores the kind filter */
      coverage: components['schemas']['PublicCoverage'][];
    };
    PublicEntityHistoryEntry: {
      score: number;
      category: string;
      opinionLabel: {
        id: string;
        en: string;
      };
      zone: string;
      categoryColour: string;
      zoneColour: string;
      /** @description Among the same entity kind nationally */
      rankNational: number;
      rankNationalOf: number;
      /** @description Kabupaten and kota together within the province */
      rankProvince: number | null;
      rankProvinceOf: number | null;
      /** @description Only when both years rank the same population (same kind, same number ranked) */
      previousRankNational: number | null;
      /** @description Only when both years rank the same population (same province, same number ranked) */
      previousRankProvince: number | null;
      /** @description The score of the year before, when published */
      previousScore: number | null;
      /** @description Why no national rank change is shown although the year before was ranked */
      rankNationalNotComparable: {
        id: string;
        en: string;
      } | null;
      /** @description Why no province rank change is shown although the year before was ranked */
      rankProvinceNotComparable: {
        id: string;
        en: string;
      } | null;
      /** @description e.g. category-differs: a published value that disagrees with the computed one */
      flags: string[];
      isDemoValue: boolean;
      note: string | null;
      year: number;
      methodologyRef: string;
      /** @description False for editions without zones (Opini Ombudsman) */
      hasZones: boolean;
    };
    PublicEntity: {
      code: string;
      name: string;
      /** @enum {string} */
      kind: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
      provinceCode: string | null;
      provinceName: string | null;
      /** @description Active entities of its kind in the directory: the M of "ranked among N of M assessed" */
      kindInDirectory: number;
      /** @description Published years, oldest first */
      history: components['schemas']['PublicEntityHistoryEntry'][];
    };
    QualitySampleResult: {
      samplePercent: number;
      unitCount: number;
      drawn: {
        entityCode: string;
        /** Format: uuid */
        unitId: string;
        unitName: string;
        secondAssessor: {
          /** Format: uuid */
          id: string;
          name: string;
        };
      }[];
      skipped: {
        entityCode: string;
        /** Format: uuid */
        unitId: string;
        unitName: string;
      }[];
    };
    QualityReport: {
      year: number;
      provinceCode: string;
      samplePercent: number;
      sampledUnits: number;
      overall: {
        pairs: number;
        percentAgreement: number | null;
        /** @description Linearly weighted Cohen’s kappa */
        kappa: number | null;
      };
      byIndicator: {
        pairs: number;
        percentAgreement: number | null;
        /** @description Linearly weighted Cohen’s kappa */
        kappa: number | null;
        indicatorCode: string;
      }[];
      byAssessorPair: {
        pairs: number;
        percentAgreement: number | null;
        /** @description Linearly weighted Cohen’s kappa */
        kappa: number | null;
        firstAssessors: string[];
        secondAssessor: string;
      }[];
      disagreements: {
        entityCode: string;
        unitId: string;
        unitName: string;
        indicatorCode: string;
        respondentId: string | null;
        firstLevel: number;
        secondLevel: number;
        /** @description null: waiting for the verifier */
        settlement: {
          level: number;
          note: string;
          at: string;
        } | null;
      }[];
      assessors: {
        assessorId: string;
        name: string;
        answerCount: number;
        meanLevel: number | null;
        distribution: {
          [key: string]: number;
        };
        zScore: number | null;
        isOutlier: boolean;
        changedAtVerificationShare: number | null;
        medianVisitToEntryDays: number | null;
      }[];
      provinceDistribution: {
        [key: string]: number;
      };
    };
    SecondScoringAssignments: {
      items: {
        year: number;
        entityCode: string;
        entityName: string;
        /** Format: uuid */
        unitId: string;
        unitName: string;
        drawnAt: string;
        answered: number;
      }[];
    };
    SecondScoringForm: {
      year: number;
      entityCode: string;
      entityName: string;
      unitName: string;
      sections: {
        /** Format: uuid */
        respondentId: string | null;
        title: {
          id: string;
          en: string;
        };
        questions: {
          indicatorCode: string;
          text: {
            id: string;
            en: string;
          };
          levels: {
            value: number;
            label: {
              id: string;
              en: string;
            };
          }[];
        }[];
      }[];
      answers: {
        respondentId: string | null;
        indicatorCode: string;
        level: number;
      }[];
    };
    SettleDisagreementResult: {
      settledLevel: number;
      answerChanged: boolean;
    };
    UnitDisagreements: {
      unitName: string;
      items: {
        respondentId: string | null;
        respondentName: string | null;
        indicatorCode: string;
        text: {
          id: string;
          en: string;
        };
        levels: {
          value: number;
          label: {
            id: string;
            en: string;
          };
        }[];
        firstLevel: number;
        secondLevel: number;
        settlement: {
          level: number;
          note: string;
          at: string;
        } | null;
      }[];
    };
    PasswordResetAvailability: {
      available: boolean;
    };
    OneTimePassword: {
      email: string;
      oneTimePassword: string;
    };
    UserSummary: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'admin' | 'coordinator' | 'assessor' | 'verifier' | 'liaison';
      scope: components['schemas']['UserScope'];
      isActive: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deactivatedAt: string | null;
    };
    UserList: {
      items: components['schemas']['UserSummary'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateUserResponse: {
      user: components['schemas']['UserSummary'];
      /** @description Shown once; the user must change it at first sign-in */
      oneTimePassword: string;
    };
    Province: {
      code: string;
      /** @description Display name, e.g. "Sumatera Selatan" */
      name: string;
    };
    UnitSurvey: {
      code: string | null;
      url: string | null;
      responses: number;
      target: number;
    };
    PublicSurvey: {
      code: string;
      unitName: string;
      entityName: string;
      open: boolean;
      closedReason: {
        id: string;
        en: string;
      } | null;
      alreadyAnswered: boolean;
      responses: number;
      target: number;
      questions: {
        indicatorCode: string;
        text: {
          id: string;
          en: string;
        };
        explanation: {
          id: string;
          en: string;
        } | null;
        levels: {
          value: number;
          label: {
            id: string;
            en: string;
          };
        }[];
      }[];
      proofRequired: boolean;
    };
    SurveyResponseResult: {
      /** @enum {boolean} */
      recorded: true;
      responses: number;
      target: number;
    };
    SurveyResponseItem: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      submittedAt: string;
      levels: {
        [key: string]: number;
      };
      client: string | null;
      flags: (
        | 'client-burst'
        | 'client-repeated-pattern'
        | 'pattern-burst'
        | 'unit-burst'
        | 'client-many'
        | 'outside-service-hours'
        | 'no-proof'
      )[];
      excluded: boolean;
      exclusion: {
        note: string;
        /** Format: date-time */
        at: string;
        byName: string | null;
      } | null;
      proof: {
        receiptNumber: string | null;
        /** Format: date-time */
        seenAt: string | null;
      };
      afterSubmission: boolean;
    };
    UnitSurveyResponses: {
      responses: components['schemas']['SurveyResponseItem'][];
      counted: number;
      excluded: number;
      flagged: number;
      afterSubmission: number;
      exclusion: {
        open: boolean;
        reason: {
          id: string;
          en: string;
        } | null;
      };
    };
    SurveyProofSetting: {
      proofRequired: boolean;
      /** @enum {string} */
      noProofRule: 'count' | 'exclude';
    };
    TrustSurvey: {
      code: string | null;
      url: string | null;
      entityName: string;
      responses: number;
      target: number;
      open: boolean;
      closedReason: {
        id: string;
        en: string;
      } | null;
      questionSetCode: string;
      questions: {
        code: string;
        text: {
          id: string;
          en: string;
        };
        levels: {
          value: number;
          label: {
            id: string;
            en: string;
          };
        }[];
        dontKnow: {
          id: string;
          en: string;
        };
      }[];
      score: {
        score0to100: number | null;
        responses: number;
        excluded: number;
        questions: {
          code: string;
          score: number | null;
          known: number;
          dontKnow: number;
        }[];
      };
    };
    PublicTrustSurvey: {
      code: string;
      entityName: string;
      open: boolean;
      closedReason: {
        id: string;
        en: string;
      } | null;
      alreadyAnswered: boolean;
      responses: number;
      target: number;
      questions: {
        code: string;
        text: {
          id: string;
          en: string;
        };
        levels: {
          value: number;
          label: {
            id: string;
            en: string;
          };
        }[];
        dontKnow: {
          id: string;
          en: string;
        };
      }[];
    };
    TrustResponseResult: {
      /** @enum {boolean} */
      recorded: true;
      responses: number;
      target: number;
    };
    TrustResponseItem: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      submittedAt: string;
      answers: {
        [key: string]: number;
      };
      client: string | null;
      flags: (
        | 'client-burst'
        | 'client-repeated-pattern'
        | 'pattern-burst'
        | 'unit-burst'
        | 'client-many'
        | 'outside-service-hours'
      )[];
      excluded: boolean;
      exclusion: {
        note: string;
        /** Format: date-time */
        at: string;
        byName: string | null;
      } | null;
    };
    TrustResponses: {
      responses: components['schemas']['TrustResponseItem'][];
      counted: number;
      excluded: number;
      flagged: number;
      score: {
        score0to100: number | null;
        responses: number;
        excluded: number;
        questions: {
          code: string;
          score: number | null;
          known: number;
          dontKnow: number;
        }[];
      };
      exclusion: {
        open: boolean;
        reason: {
          id: string;
          en: string;
        } | null;
      };
    };
    WorkQueue: {
      /** @enum {string|null} */
      kind: 'awaiting-verification' | 'ready-to-approve' | 'ready-to-accept' | null;
      items: {
        year: number;
        entityCode: string;
        entityName: string;
        provinceCode: string | null;
        unitId: string | null;
        unitName: string | null;
        since: string | null;
        ageDays: number | null;
      }[];
      total: number;
      limit: number;
      disagreements: {
        year: number;
        entityCode: string;
        entityName: string;
        unitId: string;
        unitName: string;
        count: number;
      }[];
    };
    AcceptLociResult: {
      accepted: string[];
      refused: {
        code: string;
        error: string;
        message: string;
      }[];
    };
  };
  responses: {
    /** @description Permintaan tidak valid (VALIDATION_FAILED: isi, parameter, atau karakter NUL). / The request is not valid. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Belum masuk (UNAUTHENTICATED). / Not signed in. */
    Unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Peran tanpa akses, kata sandi sekali pakai belum diganti, atau permintaan dari situs lain. / Role without access, one-time password not yet replaced, or a request from another site. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Isi permintaan terlalu besar (PAYLOAD_TOO_LARGE, FILE_TOO_LARGE). / The request body is too large. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Kesalahan lain; `error.code` menyebutkannya (mis. 409 CONFLICT, 422 IMPORT_INVALID; 5xx hanya membawa id permintaan). / Any other error; `error.code` names it (e.g. 409 CONFLICT, 422 IMPORT_INVALID; a 5xx carries only the request id). */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Tidak ditemukan atau di luar cakupan Anda (NOT_FOUND). / Not found or outside your scope. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Terlalu banyak permintaan; lihat Retry-After. / Too many requests; see Retry-After. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentUser'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentUser'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OkResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  signOutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OkResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  changeOwnPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OkResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  updateOwnAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAccountRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentUser'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getPasswordResetAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetAvailability'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestPasswordResetInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OkResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  completePasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompletePasswordResetInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OkResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  issueOneTimePassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OneTimePassword'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description Part of a name or e-mail address */
        search?: string;
        role?: 'admin' | 'coordinator' | 'assessor' | 'verifier' | 'liaison';
        provinceCode?: string;
        includeInactive?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateUserResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  deactivateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  reactivateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        /** @description An action or its prefix, e.g. "auth" or "user.create" */
        action?: string;
        actorUserId?: string;
        resourceType?: string;
        resourceId?: string;
        provinceCode?: string;
        from?: string;
        to?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  exportAuditTrailCsv: {
    parameters: {
      query?: {
        /** @description An action or its prefix, e.g. "auth" or "user.create" */
        action?: string;
        actorUserId?: string;
        resourceType?: string;
        resourceId?: string;
        provinceCode?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  listProvinces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Province'][];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listEntities: {
    parameters: {
      query?: {
        /** @description Part of the name, short name, alias or code */
        search?: string;
        kind?: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
        provinceCode?: string;
        includeInactive?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityList'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  createEntity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEntityRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntitySummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getEntity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  updateEntity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEntityRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntitySummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listUnitTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitType'][];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  createUnitType: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitTypeRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitType'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  updateUnitType: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUnitTypeRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitType'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  createUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Unit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  updateUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUnitRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Unit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  importResults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportResultsRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listResultSnapshots: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResultSnapshotList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  listSnapshotChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SnapshotChangesWithUnits'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listMethodologyEditions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MethodologyList'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getMethodologyEdition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description "<id>@<version>", e.g. ombudsman-opini@2026 */
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MethodologyEdition'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listPublishedYears: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicCycleList'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listPublicResults: {
    parameters: {
      query?: {
        /** @description A published year; the latest when left out */
        year?: number;
        kind?: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
        province?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicResultList'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  exportPublicResults: {
    parameters: {
      query: {
        /** @description A published year; the latest when left out */
        year?: number;
        kind?: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
        province?: string;
        format: 'csv' | 'xlsx' | 'json';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getPublicEntity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicEntity'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getEntityPiagamPdf: {
    parameters: {
      query?: {
        /** @description A published year; the latest when left out */
        year?: number;
        /** @description Language of the document (Indonesian by default) */
        lang?: 'id' | 'en';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getUnitPiagamPdf: {
    parameters: {
      query?: {
        lang?: 'id' | 'en';
      };
      header?: never;
      path: {
        unitResultId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getEntityRaporPdf: {
    parameters: {
      query?: {
        /** @description A published year; the latest when left out */
        year?: number;
        /** @description Language of the document (Indonesian by default) */
        lang?: 'id' | 'en';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listEntityDocuments: {
    parameters: {
      query?: {
        /** @description A published year; the latest when left out */
        year?: number;
        /** @description Language of the document (Indonesian by default) */
        lang?: 'id' | 'en';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicDocumentList'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  verifyDocumentCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentVerification'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  listDocumentSignatories: {
    parameters: {
      query: {
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OfficeSignatories'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  setDocumentSignatories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        office: 'pusat' | string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          signatories: {
            name: string;
            title: string;
          }[];
          place: string | null;
        };
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeSignatories'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listDocumentLetterheads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OfficeLetterhead'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  setDocumentLetterhead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        office: 'pusat' | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficeLetterhead'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  removeDocumentLetterhead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        office: 'pusat' | string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listDocumentJobs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DocumentJob'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  createDocumentJob: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          year: number;
          /**
           * @default [
           *       "piagam"
           *     ]
           */
          documents?: ('piagam' | 'rapor')[];
          /**
           * @default id
           * @enum {string}
           */
          language?: 'id' | 'en';
        };
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getDocumentJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  downloadDocumentJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listCycles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  createCycle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCycleRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cycle'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listCycleEditions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleEdition'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cycle'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCycleRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cycle'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listLoci: {
    parameters: {
      query?: {
        search?: string;
        kind?: 'kementerian' | 'lembaga' | 'pemprov' | 'pemkab' | 'pemkot';
        provinceCode?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  addProvinceLoci: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkAddLociRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Entity codes made loci, with all their active units */
            added: string[];
            alreadyPresent: string[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  removeLoci: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RemoveLociRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            removed: string[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getLocus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  setLocus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetLocusUnitsRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  setLocusTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetLocusTeamRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listMyLoci: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyLoci'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        kind: 'entry' | 'exit';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  saveMeeting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        kind: 'entry' | 'exit';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveMeetingRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getMeetingMinutesPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        kind: 'entry' | 'exit';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getMeetingAttendancePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        kind: 'entry' | 'exit';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  downloadMeetingAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        kind: 'entry' | 'exit';
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  exportLoci: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  exportDirectory: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
        provinceCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getUnitSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitSurvey'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createUnitSurveyLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitSurvey'];
        };
      };
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitSurvey'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getUnitSurveyPosterPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listUnitSurveyResponses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitSurveyResponses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  setSurveyResponseExclusion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
        responseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyResponseExclusionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitSurveyResponses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getPublicSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicSurvey'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  answerPublicSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyResponseRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyResponseResult'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getTrustSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrustSurvey'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createTrustSurveyLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrustSurvey'];
        };
      };
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrustSurvey'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getTrustSurveyPosterPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listTrustSurveyResponses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrustResponses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  setTrustSurveyResponseExclusion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        responseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrustResponseExclusionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrustResponses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getPublicTrustSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicTrustSurvey'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  answerPublicTrustSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrustResponseRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrustResponseResult'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      default: components['responses']['Error'];
    };
  };
  getSurveyProofSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyProofSetting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  setSurveyProofSetting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyProofSettingInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyProofSetting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  markSurveyResponseProofSeen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
        responseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitSurveyResponses'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  openUpload: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUploadRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadCreated'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uploadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  writeUploadChunk: {
    parameters: {
      query: {
        /** @description Where this chunk starts: the receivedBytes last reported */
        offset: number;
      };
      header?: never;
      path: {
        uploadId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadChunkSaved'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  downloadEvidenceFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  deleteEvidence: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
        evidenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  downloadLocusEvidenceZip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  decideEvidenceFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
        evidenceId: string;
        flagCode: 'gps-far' | 'time-outside-window' | 'no-metadata' | 'duplicate';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvidenceFlagDecisionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollectionEvidenceItem'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getEvidenceIntegrityReport: {
    parameters: {
      query: {
        provinceCode: string;
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceIntegrityReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  reuseEvidence: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReuseEvidenceRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            fileName: string;
            mediaType: string;
            sizeBytes: number;
            sha256: string;
            /** Format: date-time */
            takenAt: string | null;
            latitude: number | null;
            longitude: number | null;
            /** Format: date-time */
            uploadedAt: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  drawQualitySample: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          provinceCode: string;
        };
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualitySampleResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  saveSecondScoringAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SecondAnswerRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            saved: true;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  listMySecondScorings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecondScoringAssignments'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getSecondScoringForm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecondScoringForm'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listUnitDisagreements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDisagreements'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  settleSecondScoring: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SettleDisagreementRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SettleDisagreementResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getQualityReport: {
    parameters: {
      query: {
        provinceCode: string;
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QualityReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listComplaintRecords: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintRecordList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createComplaintRecord: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          reference?: string;
          /** @enum {string} */
          channel:
            | 'sp4n-lapor'
            | 'in-person'
            | 'letter'
            | 'phone'
            | 'email'
            | 'website'
            | 'social-media'
            | 'whatsapp'
            | 'other';
          /** Format: date-time */
          receivedAt: string;
          /**
           * Format: date-time
           * @default null
           */
          firstResponseAt?: string | null;
          /**
           * Format: date-time
           * @default null
           */
          resolvedAt?: string | null;
          /** @enum {string} */
          outcome: 'resolved' | 'in-progress' | 'rejected' | 'referred' | 'withdrawn';
          /** @default  */
          summary?: string;
        };
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintRecord'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  deleteComplaintRecord: {
    parameters: {
      query: {
        expectedVersion: number;
      };
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateComplaintRecord: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          reference?: string;
          /** @enum {string} */
          channel:
            | 'sp4n-lapor'
            | 'in-person'
            | 'letter'
            | 'phone'
            | 'email'
            | 'website'
            | 'social-media'
            | 'whatsapp'
            | 'other';
          /** Format: date-time */
          receivedAt: string;
          /**
           * Format: date-time
           * @default null
           */
          firstResponseAt?: string | null;
          /**
           * Format: date-time
           * @default null
           */
          resolvedAt?: string | null;
          /** @enum {string} */
          outcome: 'resolved' | 'in-progress' | 'rejected' | 'referred' | 'withdrawn';
          /** @default  */
          summary?: string;
          expectedVersion: number;
        };
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintRecord'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getUnitCollection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitCollection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getUnitScoringInput: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitScoringInput'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createRespondent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRespondentRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RespondentSaved'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  deleteRespondent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
        respondentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RespondentList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateRespondent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
        respondentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRespondentRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RespondentSaved'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  saveAnswer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveAnswerRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldAnswer'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getFieldImportTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getUnitWorkflow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkflow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  submitUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkflow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  returnUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnUnitRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkflow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  verifyUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyUnitRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkflow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  reopenUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkflow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getLocusApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusApprovalState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  approveLocus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusApprovalState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  acceptLocus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusApprovalState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  openUnitCorrection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkflowReasonRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkflow'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  withdrawLocusApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkflowReasonRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusApprovalState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  withdrawLocusAcceptance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkflowReasonRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocusApprovalState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getWorkQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkQueue'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  acceptLoci: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptLociRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptLociResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getCycleProgress: {
    parameters: {
      query?: {
        province?: string;
        entity?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CycleProgress'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  finaliseCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FinaliseRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinaliseResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getFinaliseReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinaliseReadiness'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getProvisionalResults: {
    parameters: {
      query: {
        /** @description Entity code, e.g. 16.06 */
        entity: string;
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvisionalResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listObjections: {
    parameters: {
      query?: {
        entity?: string;
        status?: 'open' | 'accepted' | 'rejected';
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObjectionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  fileObjection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FileObjectionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Objection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  decideObjection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideObjectionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Objection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  downloadObjectionFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        id: string;
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getPlanSimulatorInput: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimulatorInput'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listPlans: {
    parameters: {
      query?: {
        year?: number;
        provinceCode?: string;
        overdueOnly?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementPlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  startPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePlanRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementPlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  createPlanItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @default null
           */
          unitId?: string | null;
          indicatorCode: string;
          action: string;
          /** @default  */
          ownerName?: string;
          /** @default  */
          ownerPosition?: string;
          /**
           * Format: date
           * @default null
           */
          dueDate?: string | null;
          /** @default null */
          expectedGain?: number | null;
        };
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementPlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  deletePlanItem: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        code: string;
        year: number;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementPlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updatePlanItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePlanItemRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementPlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  downloadPlanItemFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        year: number;
        itemId: string;
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listCoachingSessions: {
    parameters: {
      query?: {
        entityCode?: string;
        provinceCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSessionList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  createCoachingSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveCoachingSessionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSession'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  getCoachingSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSession'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateCoachingSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCoachingSessionRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSession'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  downloadCoachingAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listOversightProducts: {
    parameters: {
      query?: {
        /** @description Status at the end of this date; today in the entity’s zone when absent */
        cutOff?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightRegister'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createOversightProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveOversightProductRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightRegister'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  updateOversightProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        productId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOversightProductRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightRegister'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  confirmOversightFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        productId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmOversightProductRequestInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightRegister'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  downloadOversightProductFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        productId: string;
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  exportOversightProducts: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
        entityCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  listNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  getNoticeMailSetting: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeMailSetting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
  setNoticeMailSetting: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNoticeMailSettingInput'];
      };
    };
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeMailSetting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  attachMeetingFile: {
    parameters: {
      query: {
        fileName: string;
      };
      header?: never;
      path: {
        year: number;
        code: string;
        kind: 'entry' | 'exit';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Meeting'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  importDirectory: {
    parameters: {
      query: {
        format: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  importLoci: {
    parameters: {
      query: {
        format: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LociImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  attachEvidence: {
    parameters: {
      query?: never;
      header?: {
        /** @description Per change, resent unchanged: a resend returns the first answer (Idempotent-Replay: true) */
        'idempotency-key'?: string;
      };
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            fileName: string;
            mediaType: string;
            sizeBytes: number;
            sha256: string;
            /** Format: date-time */
            takenAt: string | null;
            latitude: number | null;
            longitude: number | null;
            /** Format: date-time */
            uploadedAt: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  importFieldData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        code: string;
        unitId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FieldImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  attachObjectionFile: {
    parameters: {
      query: {
        fileName: string;
      };
      header?: never;
      path: {
        year: number;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Objection'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  attachPlanItemFile: {
    parameters: {
      query: {
        fileName: string;
      };
      header?: never;
      path: {
        code: string;
        year: number;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImprovementPlan'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  attachCoachingFile: {
    parameters: {
      query: {
        fileName: string;
      };
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSession'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  attachOversightProductFile: {
    parameters: {
      query: {
        fileName: string;
      };
      header?: never;
      path: {
        code: string;
        productId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightRegister'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
  importOversightProducts: {
    parameters: {
      query: {
        format: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Berhasil. / Success. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightImportResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      default: components['responses']['Error'];
    };
  };
}
