-- Competency dictionary texts (issue 10): the definition of each competency of 0041 and the
-- descriptor and behaviour indicators of its levels 1–5, from the national dictionary of PermenPANRB
-- No. 38 Tahun 2017 (Kamus Kompetensi Manajerial dan Sosial Kultural), in Indonesian and English.
--
-- The Indonesian is the regulation's annex as transcribed in
-- docs/research/permenpanrb-38-2017-dictionary.md: two independent transcriptions agree word for
-- word on the descriptors and indicators (apart from typing slips); M.1 (definition, levels 1–2, the
-- start of 3) and M.8 (definition, levels 1–4) were checked against scans of the regulation, the
-- SK.1 definition and descriptors against a third copy. The definitions of M.2–M.7 rest on one
-- transcription and should be checked against the official PDF (JDIH KemenPANRB,
-- peraturan.bpk.go.id), as should the notes' best readings where the transcriptions part: M.3 level
-- 4 indicator 3 (the other has "… bersama dengan keseluruhan tujuan meningkatkan kinerja …"), M.2
-- level 3's indicators and the M.7 level 1 descriptor (garbled or cut short in the other). M.1
-- level 2 has the scans' three indicators (one transcription splits the first in two). Spelling is
-- kept as found (sistimatis, insiatif, pencaian, tugastugas, penyelesaikan, resiko, jender …). A
-- later migration corrects any text: released migrations are never edited.
--
-- Indicators are in list order: the annex's numbering n.1–n.3 is the array position, not part of
-- the text. No text keeps its final ';', '.' or ',' (the UI lists them); other punctuation is the
-- annex's. The English is Jenjang's own translation, not an official one.

update competency_reference set
  definition_id = 'Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan, menciptakan budaya etika tinggi, bertanggungjawab atas tindakan atau keputusan beserta risiko yang menyertainya',
  definition_en = 'Consistently behaving in line with the organisation''s values, norms and/or ethics, and being honest in dealings with management, colleagues, direct subordinates and stakeholders; creating a culture of high ethical standards; taking responsibility for one''s actions or decisions and the risks that come with them'
where code = 'M.1';

update competency_reference set
  definition_id = 'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumberdaya untuk mencapai tujuan strategis organisasi',
  definition_en = 'The ability to build, foster and maintain effective working relationships, to be committed to helping one another complete tasks, and to make the best use of all resources to achieve the organisation''s strategic goals'
where code = 'M.2';

update competency_reference set
  definition_id = 'Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif dan efektif; mempersuasi, meyakinkan dan membujuk orang lain dalam rangka mencapai tujuan organisasi',
  definition_en = 'The ability to explain views and ideas clearly and systematically, with logical arguments, in suitable ways, both orally and in writing; to ensure understanding; to listen actively and effectively; and to persuade, convince and win over others in order to achieve the organisation''s goals'
where code = 'M.3';

update competency_reference set
  definition_id = 'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistimatis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil, untuk keberhasilan organisasi',
  definition_en = 'The ability to sustain a high personal commitment to completing tasks, to be reliable and responsible, and to identify risks and opportunities systematically, taking account of the link between planning and results, for the success of the organisation'
where code = 'M.4';

update competency_reference set
  definition_id = 'Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/golongan/partai politik',
  definition_en = 'The ability to carry out the tasks of government and development and the work of meeting public service needs professionally and transparently, following service standards that are objective, neutral, impartial and non-discriminatory, and free from the influence of personal/group/faction/political party interests'
where code = 'M.5';

update competency_reference set
  definition_id = 'Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan pekerjaan dan pengembangan karir jangka panjang, mendorong kemauan belajar sepanjang hidup, memberikan saran/bantuan, umpan balik, bimbingan untuk membantu orang lain untuk mengembangkan potensi dirinya',
  definition_en = 'The ability to increase one''s own knowledge and refine one''s own skills; to inspire others to develop and refine knowledge and skills relevant to their work and long-term career development; to encourage a willingness to learn throughout life; and to give advice/help, feedback and guidance to help others develop their potential'
where code = 'M.6';

update competency_reference set
  definition_id = 'Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan insiatif perubahan, memimpin usaha perubahan, mengambil tanggung jawab pribadi untuk memastikan perubahan berhasil diimplementasikan secara efektif',
  definition_en = 'The ability to adapt to new or changing situations without relying excessively on old methods and processes; to take action to support and carry out change initiatives; to lead change efforts; and to take personal responsibility for ensuring that change is implemented successfully and effectively'
where code = 'M.7';

update competency_reference set
  definition_id = 'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya, serta bertanggung jawab atas keputusan yang diambil',
  definition_en = 'The ability to make good decisions in good time and with self-confidence after weighing the principle of prudence, formulated systematically and carefully on the basis of a range of information, alternative solutions to the problem and their consequences, and to take responsibility for the decisions made'
where code = 'M.8';

update competency_reference set
  definition_id = 'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat di tengah kemajemukan Indonesia sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta diantara para pemangku kepentingan itu sendiri; menjaga, mengembangkan, dan mewujudkan rasa persatuan dan kesatuan dalam kehidupan bermasyarakat, berbangsa dan bernegara Indonesia',
  definition_en = 'The ability to promote tolerance and openness and to be sensitive to differences between individuals/groups in society; to act as an extension of the government in uniting society and building socio-psychological relationships with the public amid Indonesia''s diversity, so as to create a strong bond between civil servants (ASN) and stakeholders and among the stakeholders themselves; and to safeguard, develop and realise a sense of unity and oneness in Indonesia''s life as a society, a nation and a state'
where code = 'SK.1';

insert into competency_reference_level (code, level, descriptor_id, descriptor_en, indicators_id, indicators_en) values
  -- M.1 Integritas
  ('M.1', 1,
    'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
    'Able to act in line with the organisation''s values, norms and ethics in a personal capacity',
    array[
      'Bertingkah laku sesuai dengan perkataan; berkata sesuai dengan fakta',
      'Melaksanakan peraturan, kode etik organisasi dalam lingkungan kerja sehari-hari, pada tataran individu/pribadi',
      'Tidak menjanjikan/memberikan sesuatu yang bertentangan dengan aturan organisasi'],
    array[
      'Acts in line with their words; speaks in line with the facts',
      'Follows the organisation''s rules and code of ethics in the day-to-day work environment, at the individual/personal level',
      'Does not promise or give anything that goes against the organisation''s rules']),
  ('M.1', 2,
    'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi',
    'Able to remind colleagues, and encourage them, to act in line with the organisation''s values, norms and ethics',
    array[
      'Mengingatkan rekan kerja untuk bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi; Mengajak orang lain untuk bertindak sesuai etika dan kode etik',
      'Menerapkan norma-norma secara konsisten dalam setiap situasi, pada unit kerja terkecil/kelompok kerjanya',
      'Memberikan informasi yang dapat dipercaya sesuai dengan etika organisasi'],
    array[
      'Reminds colleagues to act in line with the organisation''s values, norms and ethics in all situations and conditions; encourages others to act ethically and in line with the code of ethics',
      'Applies the norms consistently in every situation, within the smallest work unit/their working group',
      'Gives trustworthy information in line with the organisation''s ethics']),
  ('M.1', 3,
    'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
    'Able to ensure, and to instil the shared conviction, that the members they lead act in line with the organisation''s values, norms and ethics, within a formal scope',
    array[
      'Memastikan anggota yang dipimpin bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi',
      'Mampu untuk memberi apresiasi dan teguran bagi anggota yang dipimpin agar bertindak selaras dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi',
      'Melakukan monitoring dan evaluasi terhadap penerapan sikap integritas di dalam unit kerja yang dipimpin'],
    array[
      'Ensures that the members they lead act in line with the organisation''s values, norms and ethics in all situations and conditions',
      'Is able to give recognition and reprimands to the members they lead so that they act in line with the organisation''s values, norms and ethics in all situations and conditions',
      'Monitors and evaluates how integrity is put into practice within the work unit they lead']),
  ('M.1', 4,
    'Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi',
    'Able to create a working climate that encourages compliance with the organisation''s values, norms and ethics',
    array[
      'Menciptakan situasi kerja yang mendorong seluruh pemangku kepentingan mematuhi nilai, norma, dan etika organisasi dalam segala situasi dan kondisi',
      'Mendukung dan menerapkan prinsip moral dan standar etika yang tinggi, serta berani menanggung konsekuensinya',
      'Berani melakukan koreksi atau mengambil tindakan atas penyimpangan kode etik/nilai-nilai yang dilakukan oleh orang lain, pada tataran lingkup kerja setingkat instansi meskipun ada resiko'],
    array[
      'Creates a working climate that encourages all stakeholders to comply with the organisation''s values, norms and ethics in all situations and conditions',
      'Supports and applies moral principles and high ethical standards, and is prepared to bear the consequences',
      'Has the courage to correct, or take action against, breaches of the code of ethics/values by others, within a scope of work at agency level, despite the risks']),
  ('M.1', 5,
    'Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional',
    'Able to be a role model in applying standards of fairness and ethics at the national level',
    array[
      'Mempertahankan tingkat standar keadilan dan etika yang tinggi dalam perkataan dan tindakan sehari-hari yang dipatuhi oleh seluruh pemangku kepentingan pada lingkup instansi yang dipimpinnya',
      'Menjadi "role model" /keteladanan dalam penerapan standar keadilan dan etika yang tinggi di tingkat nasional',
      'Membuat konsep kebijakan dan strategi penerapan sikap integritas dalam pelaksanaan tugas dan norma-norma yang sejalan dengan nilai strategis organisasi'],
    array[
      'Maintains high standards of fairness and ethics in everyday words and actions, which all stakeholders within the agency they lead comply with',
      'Is a "role model"/example in applying high standards of fairness and ethics at the national level',
      'Develops policy concepts and strategies for applying integrity in the performance of duties, and norms consistent with the organisation''s strategic values']),
  -- M.2 Kerja Sama
  ('M.2', 1,
    'Berpartisipasi dalam kelompok kerja',
    'Takes part in working groups',
    array[
      'Berpartisipasi sebagai anggota tim yang baik, melakukan tugas/bagiannya, dan mendukung keputusan tim',
      'Mendengarkan dan menghargai masukan dari orang lain dan memberikan usulan-usulan bagi kepentingan tim',
      'Mampu menjalin interaksi sosial untuk penyelesaian tugas'],
    array[
      'Takes part as a good team member, does their task/share of the work, and supports the team''s decisions',
      'Listens to and values input from others, and makes proposals in the team''s interest',
      'Is able to build social interaction in order to complete tasks']),
  ('M.2', 2,
    'Menumbuhkan tim kerja yang partisipatif dan efektif',
    'Fosters participative and effective work teams',
    array[
      'Membantu orang lain dalam menyelesaikan tugas-tugas mereka untuk mendukung sasaran tim',
      'Berbagi informasi yang relevan atau bermanfaat pada anggota tim; mempertimbangkan masukan dan keahlian anggota dalam tim/kelompok kerja serta bersedia untuk belajar dari orang lain',
      'Membangun komitmen yang tinggi untuk menyelesaikan tugas tim'],
    array[
      'Helps others complete their tasks in support of the team''s objectives',
      'Shares relevant or useful information with team members; takes account of the input and expertise of the members of the team/working group, and is willing to learn from others',
      'Builds strong commitment to completing the team''s tasks']),
  ('M.2', 3,
    'Efektif membangun tim kerja untuk peningkatan kinerja organisasi',
    'Builds work teams effectively to improve the organisation''s performance',
    array[
      'Melihat kekuatan/kelemahan anggota tim, membentuk tim yang tepat, mengantisipasi kemungkinan hambatan, dan mencari solusi yang optimal',
      'Mengupayakan dan mengutamakan pengambilan keputusan berdasarkan usulan-usulan anggota tim/kelompok, bernegosiasi secara efektif untuk upaya penyelesaikan pekerjaan yang menjadi target kinerja kelompok dan/atau unit kerja',
      'Membangun aliansi dengan para pemangku kepentingan dalam rangka mendukung penyelesaian target kerja kelompok'],
    array[
      'Sees team members'' strengths/weaknesses, forms the right team, anticipates possible obstacles and looks for the best solution',
      'Seeks, and gives priority to, decisions based on the proposals of team/group members; negotiates effectively to get done the work that makes up the performance targets of the group and/or work unit',
      'Builds alliances with stakeholders to support the completion of the group''s work targets']),
  ('M.2', 4,
    'Membangun komitmen tim, sinergi',
    'Builds team commitment and synergy',
    array[
      'Membangun sinergi antar unit kerja di lingkup instansi yang dipimpin',
      'Memfasilitasi kepentingan yang berbeda dari unit kerja lain sehingga tercipta sinergi dalam rangka pencapaian target kerja organisasi',
      'Mengembangkan sistem yang menghargai kerja sama antar unit, memberikan dukungan / semangat untuk memastikan tercapainya sinergi dalam rangka pencapaian target kerja organisasi'],
    array[
      'Builds synergy between work units within the agency they lead',
      'Facilitates the differing interests of other work units so that synergy is created in achieving the organisation''s work targets',
      'Develops systems that reward cooperation between units, and gives support/encouragement to ensure that synergy is achieved in reaching the organisation''s work targets']),
  ('M.2', 5,
    'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi',
    'Consistently creates a climate of cooperation, both inside and outside the agency',
    array[
      'Menciptakan hubungan kerja yang konstruktif dengan menerapkan norma / etos / nilai-nilai kerja yang baik di dalam dan di luar organisasi; meningkatkan produktivitas dan menjadi panutan dalam organisasi',
      'Secara konsisten menjaga sinergi agar pemangku kepentingan dapat bekerja sama dengan orang di dalam maupun di luar organisasi',
      'Membangun konsensus untuk menggabungkan sumberdaya dari berbagai pemangku kepentingan untuk tujuan bangsa dan negara'],
    array[
      'Creates constructive working relationships by applying good work norms/ethos/values inside and outside the organisation; raises productivity and is a role model in the organisation',
      'Consistently maintains synergy so that stakeholders can work together with people inside and outside the organisation',
      'Builds consensus to pool the resources of various stakeholders for the goals of the nation and the state']),
  -- M.3 Komunikasi
  ('M.3', 1,
    'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama',
    'Conveys information clearly and completely, with a shared understanding',
    array[
      'Menyampaikan informasi (data), pikiran atau pendapat dengan jelas, singkat dan tepat dengan menggunakan cara/media yang sesuai dan mengikuti alur yang logis',
      'Memastikan pemahaman yang sama atas instruksi yang diterima/diberikan',
      'Mampu melaksanakan kegiatan surat menyurat sesuai tata naskah organisasi'],
    array[
      'Conveys information (data), thoughts or opinions clearly, briefly and accurately, using suitable means/media and following a logical flow',
      'Ensures a shared understanding of instructions received/given',
      'Is able to handle correspondence in line with the organisation''s rules for official documents']),
  ('M.3', 2,
    'Aktif menjalankan komunikasi secara formal dan informal; Bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respon yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan, dll',
    'Communicates actively, formally and informally; willing to listen to others and to interpret messages, responding suitably; able to prepare presentation material, speeches, drafts, reports and the like',
    array[
      'Menggunakan gaya komunikasi informal untuk meningkatkan hubungan profesional',
      'Mendengarkan pihak lain secara aktif; menangkap dan menginterpretasikan pesan-pesan dari orang lain, serta memberikan respon yang sesuai',
      'Membuat materi presentasi, pidato, draft naskah, laporan dll sesuai arahan pimpinan'],
    array[
      'Uses an informal communication style to improve professional relationships',
      'Listens actively to others; picks up and interprets messages from others, and responds suitably',
      'Prepares presentation material, speeches, draft documents, reports and the like as directed by their superiors']),
  ('M.3', 3,
    'Berkomunikasi secara asertif, terampil berkomunikasi lisan/ tertulis untuk menyampaikan informasi yang sensitif/ rumit/ kompleks',
    'Communicates assertively; skilled in oral/written communication to convey sensitive/difficult/complex information',
    array[
      'Menyampaikan suatu informasi yang sensitif/rumit dengan cara penyampaian dan kondisi yang tepat, sehingga dapat dipahami dan diterima oleh pihak lain',
      'Menyederhanakan topik yang rumit dan sensitif sehingga lebih mudah dipahami dan diterima orang lain',
      'Membuat laporan tahunan/periodik/naskah/dokumen/proposal yang kompleks; Membuat surat resmi yang sistematis dan tidak menimbulkan pemahaman yang berbeda; membuat proposal yang rinci dan lengkap'],
    array[
      'Conveys sensitive/difficult information in the right way and under the right conditions, so that others can understand and accept it',
      'Simplifies difficult and sensitive topics so that others can understand and accept them more easily',
      'Prepares complex annual/periodic reports, drafts, documents and proposals; writes systematic official letters that leave no room for differing interpretations; prepares detailed and complete proposals']),
  ('M.3', 4,
    'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan',
    'Able to put forward multidimensional thinking orally and in writing to bring about agreement, with the aim of improving overall performance',
    array[
      'Mengintegrasikan informasi-informasi penting dari berbagai sumber dengan pihak lain untuk mendapatkan pemahaman yang sama',
      'Menuangkan pemikiran/konsep dari berbagai sudut pandang/multidimensi dalam bentuk tulisan formal',
      'Menyampaikan informasi secara persuasif untuk mendorong pemangku kepentingan sepakat pada langkah-langkah bersama dengan tujuan meningkatkan kinerja secara keseluruhan'],
    array[
      'Integrates important information from various sources with others to reach a shared understanding',
      'Sets out thoughts/concepts from various points of view/several dimensions in formal writing',
      'Conveys information persuasively to bring stakeholders to agree on joint steps, with the aim of improving overall performance']),
  ('M.3', 5,
    'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja',
    'Initiates a strategically open communication system to find solutions, with the aim of improving performance',
    array[
      'Menghilangkan hambatan komunikasi, mampu berkomunikasi dalam isu-isu nasional yang memiliki resiko tinggi, menggalang hubungan dalam skala strategis di tingkat nasional',
      'Menggunakan saluran komunikasi formal dan non formal guna mencapai kesepakatan dengan tujuan meningkatkan kinerja di tingkat instansi/nasional',
      'Menggagas sistem komunikasi dengan melibatkan pemangku kepentingan sejak dini untuk mencari solusi dengan tujuan meningkatkan kinerja di tingkat instansi/nasional'],
    array[
      'Removes barriers to communication; is able to communicate on high-risk national issues; builds relationships on a strategic scale at the national level',
      'Uses formal and informal communication channels to reach agreement, with the aim of improving performance at agency/national level',
      'Initiates communication systems that involve stakeholders from an early stage to find solutions, with the aim of improving performance at agency/national level']),
  -- M.4 Orientasi pada Hasil
  ('M.4', 1,
    'Bertanggung jawab untuk memenuhi standar kerja',
    'Takes responsibility for meeting work standards',
    array[
      'Menyelesaikan tugas dengan tuntas; dapat diandalkan',
      'Bekerja dengan teliti dan hati-hati guna meminimalkan kesalahan dengan mengacu pada standar kualitas (SOP)',
      'Bersedia menerima masukan, mengikuti contoh cara bekerja yang lebih efektif, efisien di lingkungan kerjanya'],
    array[
      'Completes tasks thoroughly; is reliable',
      'Works meticulously and carefully to keep errors to a minimum, with reference to quality standards (SOPs)',
      'Is willing to accept input and to follow examples of more effective and efficient ways of working in their work environment']),
  ('M.4', 2,
    'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja',
    'Strives to raise their own results above the set standard; looks for and tries alternative methods to improve performance',
    array[
      'Menetapkan dan berupaya mencapai standar kerja pribadi yang lebih tinggi dari standar kerja yang ditetapkan organisasi',
      'Mencari, mencoba metode kerja alternatif untuk meningkatkan hasil kerjanya',
      'Memberi contoh kepada orang-orang di unit kerjanya untuk mencoba menerapkan metode kerja yang lebih efektif yang sudah dilakukannya'],
    array[
      'Sets, and strives to achieve, personal work standards higher than those set by the organisation',
      'Looks for and tries alternative working methods to improve their results',
      'Sets an example to the people in their work unit to try the more effective working methods they have already used']),
  ('M.4', 3,
    'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja',
    'Sets challenging work targets for the work unit; gives recognition and reprimands to drive performance',
    array[
      'Menetapkan target kinerja unit yang lebih tinggi dari target yang ditetapkan organisasi',
      'Memberikan apresiasi dan teguran untuk mendorong pencapaian hasil unit kerjanya',
      'Mengembangkan metode kerja yang lebih efektif dan efisien untuk mencapai target kerja unitnya'],
    array[
      'Sets performance targets for the unit higher than those set by the organisation',
      'Gives recognition and reprimands to drive the achievement of their work unit''s results',
      'Develops more effective and efficient working methods to achieve their unit''s work targets']),
  ('M.4', 4,
    'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya',
    'Drives work units to achieve the set targets or to exceed previous results',
    array[
      'Mendorong unit kerja di tingkat instansi untuk mencapai kinerja yang melebihi target yang ditetapkan',
      'Memantau dan mengevaluasi hasil kerja unitnya agar selaras dengan sasaran strategis instansi',
      'Mendorong pemanfaatan sumber daya bersama antar unit kerja dalam rangka meningkatkan efektifitas dan efisiensi pencaian target organisasi'],
    array[
      'Drives work units at agency level to achieve performance that exceeds the set targets',
      'Monitors and evaluates their unit''s results so that they are in line with the agency''s strategic objectives',
      'Encourages the shared use of resources between work units to make the achievement of the organisation''s targets more effective and efficient']),
  ('M.4', 5,
    'Meningkatkan mutu pencapaian kerja organisasi',
    'Raises the quality of the organisation''s achievements',
    array[
      'Memastikan kualitas sesuai standar dan keberlanjutan hasil kerja organisasi yang memberi kontribusi pada pencapaian target prioritas nasional',
      'Memastikan tersedianya sumber daya organisasi untuk menjamin tercapainya target prioritas instansi/nasional',
      'Membuat kebijakan untuk menerapkan metode kerja yang lebih efektif-efisien dalam mencapai tujuan prioritas nasional'],
    array[
      'Ensures that the organisation''s results meet quality standards and are sustained, contributing to the achievement of national priority targets',
      'Ensures that the organisation''s resources are available to secure the achievement of agency/national priority targets',
      'Makes policies to apply more effective and efficient working methods in achieving national priority goals']),
  -- M.5 Pelayanan Publik
  ('M.5', 1,
    'Menjalankan tugas mengikuti standar pelayanan',
    'Carries out tasks in line with service standards',
    array[
      'Mampu mengerjakan tugas-tugas dengan mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, transparan dan tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
      'Melayani kebutuhan, permintaan dan keluhan pemangku kepentingan',
      'Menyelesaikan masalah dengan tepat tanpa bersikap membela diri dalam kapasitas sebagai pelaksana pelayanan publik'],
    array[
      'Is able to carry out tasks following service standards that are objective, neutral, impartial, non-discriminatory and transparent, and free from the influence of personal/group/political party interests',
      'Serves stakeholders'' needs, requests and complaints',
      'Resolves problems properly, without being defensive, in their capacity as a provider of public services']),
  ('M.5', 2,
    'Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas-tugas pemerintahan/pelayanan publik secara transparan',
    'Able to supervise/oversee, and to explain transparently, how government/public service tasks are carried out',
    array[
      'Menunjukan sikap yakin dalam mengerjakan tugas-tugas pemerintahan/pelayanan publik, mampu menyelia dan menjelaskan secara obyektif bila ada yang mempertanyakan kebijakan yang diambil',
      'Secara aktif mencari informasi untuk mengenali kebutuhan pemangku kepentingan agar dapat menjalankan pelaksanaan tugas pemerintahan, pembangunan dan pelayanan publik secara cepat dan tanggap',
      'Mampu mengenali dan memanfaatkan kebiasaan, tatacara, situasi tertentu sehingga apa yang disampaikan menjadi perhatian pemangku kepentingan dalam hal penyelesaian tugas-tugas pemerintahan, pembangunan dan pelayanan publik'],
    array[
      'Shows confidence in carrying out government/public service tasks; is able to supervise, and to explain objectively when anyone questions the policy taken',
      'Actively seeks information to identify stakeholders'' needs so as to carry out the tasks of government, development and public service quickly and responsively',
      'Is able to recognise and make use of customs, procedures and particular situations so that what they convey gets stakeholders'' attention in completing the tasks of government, development and public service']),
  ('M.5', 3,
    'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja',
    'Able to make use of the forces of groups and to improve public service standards within the work unit',
    array[
      'Memahami, mendeskripsikan pengaruh dan hubungan/kekuatan kelompok yang sedang berjalan di organisasi (aliansi atau persaingan), dan dampaknya terhadap unit kerja untuk menjalankan tugas pemerintahan secara profesional dan netral, tidak memihak',
      'Menggunakan keterampilan dan pemahaman lintas organisasi untuk secara efektif memfasilitasi kebutuhan kelompok yang lebih besar dengan cara-cara yang mengikuti standar objektif, transparan, profesional, sehingga tidak merugikan para pihak di lingkup pelayanan publik unit kerjanya',
      'Mengimplementasikan cara-cara yang efektif untuk memantau dan mengevaluasi masalah yang dihadapi pemangku kepentingan/masyarakat serta mengantisipasi kebutuhan mereka saat menjalankan tugas pelayanan publik di unit kerjanya'],
    array[
      'Understands and describes the influence and relationships/forces of the groups at work in the organisation (alliances or rivalries), and their effect on the work unit, in order to carry out government tasks professionally, neutrally and impartially',
      'Uses cross-organisational skills and understanding to meet the needs of the wider group effectively, in ways that follow objective, transparent and professional standards, so that no party is disadvantaged within their work unit''s public services',
      'Puts in place effective ways to monitor and evaluate the problems faced by stakeholders/the public, and anticipates their needs when carrying out public service tasks in their work unit']),
  ('M.5', 4,
    'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional',
    'Able to monitor, evaluate, weigh and anticipate the impact of long-term issues, opportunities or political forces on serving stakeholders'' needs transparently, objectively and professionally',
    array[
      'Memahami dan memberi perhatian kepada isu-isu jangka panjang, kesempatan atau kekuatan politik yang mempengaruhi organisasi dalam hubungannya dengan dunia luar, memperhitungkan dan mengantisipasi dampak terhadap pelaksanaan tugastugas pelayanan publik secara objektif, transparan, dan professional dalam lingkup organisasi',
      'Menjaga agar kebijakan pelayanan publik yang diselenggarakan oleh instansinya telah selaras dengan standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
      'Menerapkan strategi jangka panjang yang berfokus pada pemenuhan kebutuhan pemangku kepentingan dalam menyusun kebijakan dengan mengikuti standar objektif, netral, tidak memihak, tidak diskriminatif, transparan, tidak terpengaruh kepentingan pribadi/kelompok'],
    array[
      'Understands and pays attention to long-term issues, opportunities or political forces that affect the organisation in its relations with the outside world; weighs and anticipates their impact on carrying out public service tasks objectively, transparently and professionally within the organisation',
      'Makes sure that the public service policies run by their agency are in line with service standards that are objective, neutral, impartial and non-discriminatory, and free from the influence of personal/group/political party interests',
      'Applies long-term strategies focused on meeting stakeholders'' needs when drawing up policies, following standards that are objective, neutral, impartial, non-discriminatory and transparent, and free from the influence of personal/group interests']),
  ('M.5', 5,
    'Mampu memastikan kebijakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
    'Able to ensure public service policies that guarantee public services which are objective, neutral, impartial and non-discriminatory, and free from the influence of personal/group/political party interests',
    array[
      'Mampu menciptakan kebijakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
      'Menginternalisasikan nilai dan semangat pelayanan publik yang mengikuti standar objektif, netral, tidak memihak, tidak diskriminatif, transparan, tidak terpengaruh kepentingan pribadi/kelompok kepada setiap individu di lingkungan instansi/nasional',
      'Menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik'],
    array[
      'Is able to create public service policies that guarantee public services which are objective, neutral, impartial and non-discriminatory, and free from the influence of personal/group/political party interests',
      'Instils in every individual across the agency/at the national level the values and spirit of a public service that follows standards that are objective, neutral, impartial, non-discriminatory and transparent, and free from the influence of personal/group interests',
      'Guarantees the delivery of public services that are objective, neutral, impartial and non-discriminatory, and free from the influence of personal/group/political party interests']),
  -- M.6 Pengembangan Diri dan Orang Lain
  ('M.6', 1,
    'Pengembangan diri',
    'Self-development',
    array[
      'Mengidentifikasi kebutuhan pengembangan diri dan menyeleksi sumber serta metodologi pembelajaran yang diperlukan',
      'Menunjukkan usaha mandiri untuk mempelajari keterampilan atau kemampuan baru dari berbagai media pembelajaran',
      'Berupaya meningkatkan diri dengan belajar dari orang-orang lain yang berwawasan luas di dalam organisasi'],
    array[
      'Identifies their own development needs and selects the learning sources and methods required',
      'Makes their own effort to learn new skills or abilities from a variety of learning media',
      'Strives to improve themselves by learning from other people in the organisation who have broad knowledge']),
  ('M.6', 2,
    'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan',
    'Improves subordinates'' abilities by giving examples and explaining how to do a piece of work',
    array[
      'Meningkatkan kemampuan bawahan dengan memberikan contoh, instruksi, penjelasan dan petunjuk praktis yang jelas kepada bawahan dalam menyelesaikan suatu pekerjaan',
      'Membantu bawahan untuk mempelajari proses, program atau sistem baru',
      'Menggunakan metode lain untuk meyakinkan bahwa orang lain telah memahami penjelasan atau pengarahan'],
    array[
      'Improves subordinates'' abilities by giving them examples, instructions, explanations and clear practical guidance in completing a piece of work',
      'Helps subordinates learn new processes, programmes or systems',
      'Uses other methods to make sure that others have understood an explanation or instruction']),
  ('M.6', 3,
    'Memberikan umpan balik, membimbing',
    'Gives feedback and guidance',
    array[
      'Memberikan tugas-tugas yang menantang pada bawahan sebagai media belajar untuk mengembangkan kemampuannya',
      'Mengamati bawahan dalam mengerjakan tugasnya dan memberikan umpan balik yang objektif dan jujur; melakukan diskusi dengan bawahan untuk memberikan bimbingan dan umpan balik yang berguna bagi bawahan',
      'Mendorong kepercayaan diri bawahan; memberikan kepercayaan penuh pada bawahan untuk mengerjakan tugas dengan caranya sendiri; memberi kesempatan dan membantu bawahan menemukan peluang untuk berkembang'],
    array[
      'Gives subordinates challenging tasks as a means of learning, to develop their abilities',
      'Observes subordinates as they carry out their tasks and gives objective and honest feedback; holds discussions with subordinates to give them guidance and useful feedback',
      'Builds subordinates'' self-confidence; trusts subordinates fully to do tasks in their own way; gives subordinates opportunities and helps them find opportunities to grow']),
  ('M.6', 4,
    'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran',
    'Draws up long-term development programmes to promote the management of learning',
    array[
      'Menyusun program pengembangan jangka panjang bersama-sama dengan bawahan, termasuk didalamnya penetapan tujuan, bimbingan, penugasan dan pengalaman lainnya, serta mengalokasikan waktu untuk mengikuti pelatihan/pendidikan/pengembangan kompetensi dan karir',
      'Melaksanakan manajemen pembelajaran termasuk evaluasi dan umpan balik pada tataran organisasi',
      'Mengembangkan orang-orang disekitarnya secara konsisten, melakukan kaderisasi untuk posisi-posisi di unit kerjanya'],
    array[
      'Draws up long-term development programmes together with subordinates, including goal setting, guidance, assignments and other experience, and sets aside time for training/education/competency and career development',
      'Manages learning, including evaluation and feedback, at the level of the organisation',
      'Consistently develops the people around them, and grooms successors for the positions in their work unit']),
  ('M.6', 5,
    'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil',
    'Creates a climate that encourages the organisation to develop its capacity for continuous learning in support of achieving results',
    array[
      'Menciptakan situasi yang mendorong individu, kelompok, unit kerja untuk mengembangkan kemampuan belajar secara berkelanjutan di tingkat instansi',
      'Merekomendasikan/memberikan penghargaan bagi upaya pengembangan yang berhasil, memastikan dukungan bagi orang lain dalam mengembangkan kemampuan dalam unit kerja di tingkat instansi',
      'Memberikan inspirasi kepada individu atau kelompok untuk belajar secara berkelanjutan dalam penerapan di tingkat instansi'],
    array[
      'Creates a climate that encourages individuals, groups and work units to develop their capacity for continuous learning at agency level',
      'Recommends/gives recognition for successful development efforts; ensures support for others in developing their abilities within work units at agency level',
      'Inspires individuals or groups to learn continuously, applied at agency level']),
  -- M.7 Mengelola Perubahan
  ('M.7', 1,
    'Mengikuti perubahan dengan arahan',
    'Follows change when given direction',
    array[
      'Sadar mengenai perubahan yang terjadi di organisasi dan berusaha menyesuaikan diri dengan perubahan tersebut',
      'Mengikuti perubahan secara terbuka sesuai petunjuk/pedoman',
      'Menyesuaikan cara kerja lama dengan menerapkan metode/proses baru dengan bimbingan orang lain'],
    array[
      'Is aware of the changes taking place in the organisation and tries to adapt to them',
      'Follows change openly in line with instructions/guidelines',
      'Adapts old ways of working by applying new methods/processes with others'' guidance']),
  ('M.7', 2,
    'Proaktif beradaptasi mengikuti perubahan',
    'Adapts proactively to change',
    array[
      'Menyesuaikan cara kerja lama dengan menerapkan metode/proses baru selaras dengan ketentuan yang berlaku tanpa arahan orang lain',
      'Mengembangkan kemampuan diri untuk menghadapi perubahan',
      'Cepat dan tanggap dalam menerima perubahan'],
    array[
      'Adapts old ways of working by applying new methods/processes in line with the applicable rules, without direction from others',
      'Develops their own ability to deal with change',
      'Is quick and responsive in accepting change']),
  ('M.7', 3,
    'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat',
    'Helps others follow change; anticipates change accurately',
    array[
      'Membantu orang lain dalam melakukan perubahan',
      'Menyesuaikan prioritas kerja secara berulang-ulang jika diperlukan',
      'Mengantisipasi perubahan yang dibutuhkan oleh unit kerjanya secara tepat. Memberikan solusi efektif terhadap masalah yang ditimbulkan oleh adanya perubahan'],
    array[
      'Helps others to make changes',
      'Adjusts work priorities repeatedly where needed',
      'Accurately anticipates the changes their work unit needs. Provides effective solutions to problems caused by change']),
  ('M.7', 4,
    'Memimpin perubahan pada unit kerja',
    'Leads change in the work unit',
    array[
      'Mengarahkan unit kerja untuk lebih siap dalam menghadapi perubahan termasuk memitigasi risiko yang mungkin terjadi',
      'Memastikan perubahan sudah diterapkan secara aktif di lingkup unit kerjanya secara berkala',
      'Memimpin dan memastikan penerapan program-program perubahan selaras antar unit kerja'],
    array[
      'Steers the work unit to be better prepared for change, including mitigating the risks that may arise',
      'Makes sure at regular intervals that change has been actively put into practice within their work unit',
      'Leads change programmes and ensures that their implementation is aligned across work units']),
  ('M.7', 5,
    'Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional',
    'Leads, rallies and mobilises stakeholders'' support to carry out change on a sustained basis at agency/national level',
    array[
      'Membuat kebijakan-kebijakan yang mendorong perubahan yang berdampak pada pencapaian sasaran prioritas nasional',
      'Menggalang dan menggerakkan dukungan para pemangku kepentingan untuk mengimplementasikan perubahan yang telah ditetapkan',
      'Secara berkelanjutan, mencari cara-cara baru untuk memberi nilai tambah bagi perubahan yang tengah dijalankan agar memberi manfaat yang lebih besar bagi para pemangku kepentingan'],
    array[
      'Makes policies that drive change with an impact on the achievement of national priority objectives',
      'Rallies and mobilises stakeholders'' support to implement the changes that have been decided',
      'Continually looks for new ways to add value to the changes under way so that they bring greater benefit to stakeholders']),
  -- M.8 Pengambilan Keputusan
  ('M.8', 1,
    'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
    'Gathers information in order to act within their authority',
    array[
      'Mengumpulkan dan mempertimbangkan informasi yang dibutuhkan dalam mencari solusi',
      'Mengenali situasi/pilihan yang tepat untuk bertindak sesuai kewenangan',
      'Mempertimbangkan kemungkinan solusi yang dapat diterapkan dalam pekerjaan rutin berdasarkan kebijakan dan prosedur yang telah ditentukan'],
    array[
      'Gathers and considers the information needed to find solutions',
      'Recognises the right situation/options for acting within their authority',
      'Considers possible solutions that can be applied in routine work on the basis of established policies and procedures']),
  ('M.8', 2,
    'Menganalisis masalah secara mendalam',
    'Analyses problems in depth',
    array[
      'Melakukan analisis secara mendalam terhadap informasi yang tersedia dalam upaya mencari solusi',
      'Mempertimbangkan berbagai alternatif yang ada sebelum membuat kesimpulan',
      'Membuat keputusan operasional berdasarkan kesimpulan dari berbagai sumber informasi sesuai dengan pedoman yang ada'],
    array[
      'Analyses the available information in depth in the effort to find solutions',
      'Considers the various alternatives available before drawing conclusions',
      'Makes operational decisions based on conclusions drawn from various sources of information, in line with existing guidelines']),
  ('M.8', 3,
    'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi',
    'Compares alternatives; balances risk and success in implementation',
    array[
      'Membandingkan berbagai alternatif tindakan dan implikasinya',
      'Memilih alternatif solusi yang terbaik, membuat keputusan operasional mengacu pada alternatif solusi terbaik yang didasarkan pada analisis data yang sistematis, seksama, mengikuti prinsip kehati-hatian',
      'Menyeimbangkan antara kemungkinan risiko dan keberhasilan dalam implementasinya'],
    array[
      'Compares alternative courses of action and their implications',
      'Chooses the best alternative solution; makes operational decisions based on the best alternative solution, grounded in systematic and careful analysis of data and following the principle of prudence',
      'Balances the likelihood of risk against the likelihood of success in implementation']),
  ('M.8', 4,
    'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko',
    'Resolves high-risk problems, anticipates the impact of decisions and takes safeguarding measures; risk mitigation',
    array[
      'Menyusun dan/atau memutuskan konsep penyelesaian masalah yang melibatkan beberapa/seluruh fungsi dalam organisasi',
      'Menghasilkan solusi dari berbagai masalah yang kompleks, terkait dengan bidang kerjanya yang berdampak pada pihak lain',
      'Membuat keputusan dan mengantisipasi dampak keputusannya serta menyiapkan tindakan penanganannya (mitigasi risiko)'],
    array[
      'Draws up and/or decides on approaches to solving problems that involve several/all functions of the organisation',
      'Produces solutions to various complex problems related to their field of work that affect other parties',
      'Makes decisions, anticipates their impact and prepares the measures to deal with it (risk mitigation)']),
  ('M.8', 5,
    'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional',
    'Produces solutions and takes decisions to overcome long-term/strategic problems with national impact',
    array[
      'Menghasilkan solusi yang dapat mengatasi permasalahan jangka panjang',
      'Menghasilkan solusi strategis yang berdampak pada tataran instansi/nasional',
      'Membuat keputusan atau kebijakan yang berdampak nasional dengan memitigasi risiko yang mungkin timbul'],
    array[
      'Produces solutions that can overcome long-term problems',
      'Produces strategic solutions with an impact at agency/national level',
      'Makes decisions or policies with national impact, mitigating the risks that may arise']),
  -- SK.1 Perekat Bangsa
  ('SK.1', 1,
    'Peka memahami dan menerima kemajemukan',
    'Sensitive to diversity; understands and accepts it',
    array[
      'Mampu memahami, menerima, peka terhadap perbedaan individu/kelompok masyarakat',
      'Terbuka, ingin belajar tentang perbedaan/kemajemukan masyarakat',
      'Mampu bekerja bersama dengan individu yang berbeda latar belakang dengan-nya'],
    array[
      'Is able to understand and accept, and is sensitive to, differences between individuals/groups in society',
      'Is open and keen to learn about differences/diversity in society',
      'Is able to work together with individuals whose background differs from their own']),
  ('SK.1', 2,
    'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan',
    'Actively develops mutual respect; emphasises what people have in common and unity',
    array[
      'Menampilkan sikap dan perilaku yang peduli akan nilai-nilai keberagaman dan menghargai perbedaan',
      'Membangun hubungan baik antar individu dalam organisasi, mitra kerja, pemangku kepentingan',
      'Bersikap tenang, mampu mengendalikan emosi, kemarahan dan frustasi dalam menghadapi pertentangan yang ditimbulkan oleh perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik di lingkungan unit kerjanya'],
    array[
      'Shows attitudes and behaviour that care about the values of diversity and respect differences',
      'Builds good relationships between individuals in the organisation, work partners and stakeholders',
      'Stays calm and is able to control emotions, anger and frustration when facing conflicts that arise from differences in background, religion/belief, ethnicity, gender, socio-economic status or political preference in their work unit']),
  ('SK.1', 3,
    'Mempromosikan, mengembangkan sikap toleransi dan persatuan',
    'Promotes and develops tolerance and unity',
    array[
      'Mempromosikan sikap menghargai perbedaan di antara orang-orang yang mendorong toleransi dan keterbukaan',
      'Melakukan pemetaan sosial di masyarakat sehingga dapat memberikan respon yang sesuai dengan budaya yang berlaku. Mengidentifikasi potensi kesalahpahaman yang diakibatkan adanya keragaman budaya yang ada',
      'Menjadi mediator untuk menyelesaikan konflik atau mengurangi dampak negatif dari konflik atau potensi konflik'],
    array[
      'Promotes respect for differences between people, encouraging tolerance and openness',
      'Carries out social mapping in the community so as to respond in ways that suit the prevailing culture. Identifies potential misunderstandings arising from cultural diversity',
      'Acts as a mediator to resolve conflicts or to reduce the negative effects of conflict or potential conflict']),
  ('SK.1', 4,
    'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektifitas organisasi',
    'Uses differences constructively and creatively to increase the organisation''s effectiveness',
    array[
      'Menginisiasi dan merepresentasikan pemerintah di lingkungan kerja dan masyarakat untuk senantiasa menjaga persatuan dan kesatuan dalam keberagaman dan menerima segala bentuk perbedaan dalam kehidupan bermasyarakat',
      'Mampu mendayagunakan perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik untuk mencapai kelancaran pencapaian tujuan organisasi',
      'Mampu membuat program yang mengakomodasi perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik'],
    array[
      'Takes the initiative and represents the government in the workplace and in society to maintain unity in diversity at all times and to accept all forms of difference in social life',
      'Is able to use differences in background, religion/belief, ethnicity, gender, socio-economic status and political preference to achieve the organisation''s goals smoothly',
      'Is able to create programmes that accommodate differences in background, religion/belief, ethnicity, gender, socio-economic status and political preference']),
  ('SK.1', 5,
    'Wakil pemerintah untuk membangun hubungan sosial psikologis',
    'Represents the government in building socio-psychological relationships',
    array[
      'Menjadi wakil pemerintah yang mampu membangun hubungan sosial psikologis dengan masyarakat sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta diantara para pemangku kepentingan itu sendiri',
      'Mampu mengkomunikasikan dampak risiko yang teridentifikasi dan merekomendasikan tindakan korektif berdasarkan pertimbangan perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik untuk membangun hubungan jangka panjang',
      'Mampu membuat kebijakan yang mengakomodasi perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik yang berdampak positif secara nasional'],
    array[
      'Acts as a representative of the government who is able to build socio-psychological relationships with the public, so as to create a strong bond between civil servants (ASN) and stakeholders and among the stakeholders themselves',
      'Is able to communicate the impact of identified risks and to recommend corrective action, taking account of differences in background, religion/belief, ethnicity, gender, socio-economic status and political preference, to build long-term relationships',
      'Is able to make policies that accommodate differences in background, religion/belief, ethnicity, gender, socio-economic status and political preference, with a positive impact nationally']);
