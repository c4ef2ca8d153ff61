"""Paraphrase groups: words readers use for the same idea, in English and Chinese.

Each group folds to one concept term (`~money`) on both sides of the match, so that a question
about "money" meets a claim about "funding" and 成立 meets "set up". A group is a paraphrase
readers use for an idea, never a rule for one claim. English words are stemmed when the table
is built; Chinese words are written in Simplified, the form folded text takes (a test checks).
"""

CONCEPTS = {
    # People and roles. Each title is its own idea: a president is not a vice-president, a
    # student is not a member of staff, a professor is not a tutor.
    "~chair": "chair chairs chairman chairmen chairperson chairwoman cochair cochairs cochaired "
              "主席",
    "~deputy": "deputy deputies vice 副",
    "~minister": "minister ministers 部长",
    "~lead": "head heads headed lead leads leader leaders direct director chief run 主任 院长 首长 "
             "领导 带领 率领 率团 helm 掌舵",
    "~expert": "professor professors academic academics scholar scholars 教授 学者",
    "~tutor": "tutor tutors mentor mentors 导师",
    "~student": "student students undergraduate undergraduates undergrad undergrads pupil "
                "学生 学员",
    # 研究生 is read by its pairs: 研究 (research) and 究生, which only it holds.
    "~postgraduate": "postgraduate postgraduates postgrad postgrads 究生",
    "~alumni": "alumni alumnus alumna alumnae 校友",
    "~staff": "staff employee employees personnel workforce 职员 员工 雇员",
    "~faculty": "faculty 教员",
    "~member": "member members membership belong belongs belonged belonging 成员 会员",
    "~delegate": "delegate delegates representative representatives reps participant participants "
                 "trainee trainees 代表",
    "~guest": "guest guests 嘉宾 来宾 贵宾",
    "~volunteer": "volunteer volunteers volunteering 义工 志工 志愿",
    "~resident": "resident residents housing 居民 住户 街坊 住宅 屋",

    # Organisations and their parts.
    "~org": "organization organisation institution body bodies agency party parties 机构 单位 组织 "
              "团体",
    "~company": "company companies firm firms enterprise enterprises business businesses 公司 企业 "
                "商界",
    "~startup": "startup startups spinoff spinoffs venture ventures 初创 创企",
    "~industry": "industry industries industrial 业界 产业 行业",
    "~government": "government governments govt 政府 当局",
    "~council": "council board governing 议会",
    "~alliance": "alliance alliances coalition consortium 联盟",
    "~university": "university universities uni unis 大学 高校 院校 大专",
    "~lab": "lab labs laboratory laboratories 实验室",
    "~centre": "centre centres center centers 中心",

    # Research and what it works on.
    "~research": "research researches 研究 科研",
    "~project": "project projects 项目",
    "~field": "expertise discipline disciplines field fields domain domains specialism "
              "领域 范畴 专长 课题 方面 方向",
    "~focus": "focus focuses focused focusing concentrate concentrates concentrated "
              "concentrating 聚焦 专注 集中 主力 主打",
    "~technology": "technology technologies tech 科技 技术",
    "~biotech": "biotech biotechnology biotechnologies",
    "~space": "space 太空 空间 航天",
    "~lunar": "lunar moon 月球",
    "~device": "device devices robot robots instrument instruments machine 设备 仪器",
    "~licence": "licence licences license licenses licensing licensed 许可 授权",
    "~strategy": "strategy strategies strategic 战略 策略",
    "~initiative": "initiative initiatives 措施 举措",
    "~achievement": "achievement achievements accomplishment accomplishments 成就 成绩",

    # Purposes and plans.
    "~goal": "purpose purposes aim aims goal goals objective objectives mission intend meant "
             "目的 宗旨 目标 用途 旨在 使命 作用 意义 用意 初衷",
    "~plan": "plan plans planned planning 规划 打算",
    "~programme": "program programs 计划",
    "~proposal": "propose proposal proposals 建议 提议 方案",
    "~submit": "submit submits submitted submission 提交 递交 呈交",
    "~reason": "reason reasons rationale 原因 理由 缘故",
    "~role": "role roles 角色",
    "~status": "status 状态 现况 现状 状况",
    "~slogan": "slogan slogans motto tagline 口号 标语",
    "~definition": "define defines defined definition 定义 界定",
    # "Is it optional?" asks the same thing as "is it required?".
    "~require": "require requires required requirement requirements compulsory mandatory "
                "obligatory optional 必修 必须 强制 选修",

    # Money.
    "~money": "money cash funding fund funds financing finance grant grants "
              "钱 资金 经费 拨款 资助 款项 基金",
    "~budget": "budget budgets 预算",
    # ("backed" would stem to "back", which as often means returning.)
    "~support": "support supports supported supporting 支持 支撑 撑 撑住",
    "~salary": "salary salaries wage wages 工资 薪金 薪酬 薪水 月薪",
    "~income": "income incomes revenue revenues earnings 收入 收益 营收 赚",
    "~investment": "investment investments invest invested investing 投资",
    "~cost": "cost costs costing price fee fees expense expenses expenditure spend spent spending "
             "成本 费用 造价 开支 收费",
    "~reserve": "reserve reserved reserving earmark earmarked aside 预留",

    # Counts, sizes and change.
    "~area": "area size big large floorspace gfa 面积",
    "~height": "height heights tall taller higher 高度 高过 高于",
    "~population": "population populations 人口",
    "~percent": "percent percentage share proportion 比例 比率 占比 百分",
    "~increase": "increase increases increased rise rises rose risen grow grows grew growth "
                 "增加 增长 增幅 上升",
    "~reduce": "reduce reduces reduced reduction minimise minimize mitigate mitigation "
               "减少 减低 降低 减轻",
    "~duration": "duration lasted lasting 为期 历时",
    "~term": "term terms tenure 任期",
    "~annual": "annual annually yearly 每年",

    # Rankings and distinctions.
    "~rank": "rank ranks ranking rankings place 排名 名次 排第 位列 名列",
    "~world": "world worldwide global globally 全球 世界",
    "~special": "special unique distinctive distinction 特别 独特 特色 殊荣",
    "~pioneer": "pioneer pioneers pioneering trailblazer trailblazers trailblazing 先河 首创",
    "~award": "award awards prize prizes medal medals accolade 奖项 奖",

    # Partnerships and agreements.
    "~partner": "partner partnership collaborator collaboration cooperation tie tieup ally "
                "collaborate collaborated collaborating cooperate cooperated "
                "伙伴 合作 协作 携手 联手 一起",
    "~agreement": "agreement agreements accord contract contracts 协议 协定 合约 文件",
    "~memorandum": "memorandum memoranda mou mous 备忘",
    "~sign": "sign signs signed signing 签署 签订 签约",
    "~merger": "merger mergers acquisition acquisitions 并购 收购",
    "~exit": "exit exits 退出 退场",
    "~link": "link links linked linking connect connects connected connecting 连接 连结 连系",

    # Events and encounters: a visit is not a meeting, a conference is not a course.
    "~meet": "meet meets meeting meetings 会见 会面 见面 接见 会晤",
    "~visit": "visit visited tour toured trip trips 参观 到访 访问 来访",
    "~discuss": "discuss discussed discussion discussions talk talks talked 探讨 讨论 商讨 商谈 谈",
    "~conference": "conference conferences congress congresses summit forum forums 大会 峰会 论坛",
    "~course": "course courses workshop workshops 课程",
    "~teach": "teach teaches teaching taught 教学 教书 授课",
    "~train": "train trains trained training 培训 训练",
    "~nurture": "nurture nurtures nurtured nurturing cultivate cultivates cultivated cultivating "
                "cultivation foster fosters fostered fostering 培养 培育",
    "~exhibition": "exhibition exhibitions expo 展览 展会 博览",
    "~showcase": "showcase showcased showcasing showed shown demonstrate demonstrated "
                 "demonstration 展示 展出",
    "~event": "event events activity activities 活动",
    "~organise": "organise organised organiser organisers organising organize organized "
                 "organizer organizers organizing host hosts hosted hosting 主办 举办 承办 筹办 "
                 "合办 搞 "
                 # Hyphens fold away: "co-organised" is read as "coorganised".
                 "coorganise coorganised coorganiser coorganisers coorganising coorganize "
                 "coorganized coorganizer coorganizers cohost cohosts cohosted cohosting",
    "~hold": "hold holds held convene convenes convened 举行 召开",
    "~attend": "attend attends attended attending attendance attendee attendees 出席 列席",
    "~speech": "speak speaks spoke speaker speakers speech speeches remarks say said says "
               "致辞 讲话 演讲 发言",
    "~ceremony": "ceremony ceremonies 典礼 仪式",
    "~phase": "phase phases stage stages 阶段",

    # Time: beginnings and ends.
    "~found": "found founded founder founders cofound cofounded cofounder cofounders establish "
              "set launch creat inaugurat build construct "
              "成立 创立 设立 创办 创建 建立 启动 兴建 建设",
    "~begin": "begin begins commence open opening kick start started starting "
              "开始 开幕 揭幕 启用 动工 开工 开锣",
    "~end": "end ends finish finishes close conclude complete completed completion "
            "结束 完结 闭幕 完成 落成 竣工 建成 建好 完",
    "~join": "join joins joined joining 加入 加盟",
    "~announce": "announce announces announced announcement publish publishes published "
                 "unveil unveiled 公布 发布 宣布 颁布",
    "~appoint": "appoint appoints appointed appointment 出任 上任 就任 委任 任命 获委任",
    "~enrol": "enrol enrols enroll enrolls enrolment enrollment intake 入学 招生 录取",
    "~recruit": "recruit recruits recruited recruiting recruitment hire hires hired hiring "
                "招聘 招募 招揽 聘请",

    # Places.
    "~place": "location locat situat site address venue venues 位于 地点 位置 选址 地址 场地",
    "~region": "region regions province provinces 省份 地区 区域",
    "~land": "land lands plot 土地 用地 地皮",
    "~near": "near nearby adjacent neighbouring neighboring beside 毗邻 邻近 附近 旁边 隔篱",
    "~community": "community communities 社区 社群",
    "~external": "external outside 校外 外部",
    "~abroad": "abroad overseas offshore 海外 境外 外地",
    # Which way students go: overseas students may be coming in, outbound ones are going out.
    "~inbound": "inbound inward 入境 来港 访港",
    "~outbound": "outbound outgoing 出境 外出",
    "~america": "america american americans us usa 美国",

    # What officials said: praise, commitments, expectations.
    "~commend": "commend commends commended praise praised praises acclaim acclaimed "
                "称赞 赞扬 肯定 表扬 赞赏 赞许",
    "~commit": "commit commits committed commitment commitments pledge pledges pledged promise "
               "promises promised vow vowed 承诺 保证 答应",
    "~expect": "expect expects expected expectation expectations hope hopes hoped urge urges "
               "urged 希望 期望 "
               "期待 预期 寄望",
    "~detect": "detect detects detected detecting detection 检测 查出 测出 验出 侦测 探测",
    "~choose": "choose chose chosen select selected selection pick picked 选择 挑选 拣选 拣",
    "~obtain": "receive received receiving obtain obtained secure secured securing "
               "获得 取得 获取 获 荣膺 荣登 夺得 赢得",

    # Campus life, environment and sustainability.
    "~internship": "internship internships intern interns placement placements 实习",
    "~waste": "waste trash rubbish garbage 垃圾 废物",
    "~tonnes": "tonne tonnes ton tons tonnage 吨 吨数",
    "~team": "team teams 团队 队伍",
    "~recycle": "recycle recycled recycling recyclable recyclables 回收",
    "~water": "water 用水 水",
    "~electricity": "electricity power 耗电 电力 用电 电",
    "~noise": "noise noisy 噪音 噪声 嘈音",
    "~dust": "dust dusty 粉尘 灰尘 尘埃 尘粒 扬尘 尘",
    "~email": "email e-mail mail 电邮 邮箱 邮件",
}

# Ideas that exclude each other: a claim that says one and not the other answers no question
# asking the other (inbound exchange students are not the outbound ones, nor are the staff
# the students).
OPPOSITES = {"~inbound": ("~outbound",), "~outbound": ("~inbound",),
             "~student": ("~staff", "~faculty", "~postgraduate"), "~staff": ("~student",),
             "~faculty": ("~student",), "~postgraduate": ("~student",)}
