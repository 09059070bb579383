// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "io/SyntheticCustomers.h"

#include "io/SyntheticTables.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace portrait {

namespace {

using namespace SyntheticTables;

void put(std::string &cell, double v, int decimals = 0)
{
    static constexpr double kScale[] = {1, 10, 100, 1000, 10000}; // std::pow was a fifth of generating
    char buffer[32];
    const double scale = kScale[std::clamp(decimals, 0, 4)];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, std::round(v * scale) / scale);
    cell.assign(buffer, size_t(end - buffer));
}

} // namespace

SyntheticCustomers::SyntheticCustomers(uint64_t seed, QDate dataDate) : m_dataDate(dataDate)
{
    // splitmix64 seeds the xoshiro256** state.
    uint64_t z = seed;
    for (uint64_t &s : m_state) {
        z += 0x9e3779b97f4a7c15ull;
        uint64_t x = z;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
        s = x ^ (x >> 31);
    }
}

uint64_t SyntheticCustomers::next()
{
    const auto rotl = [](uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
    const uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SyntheticCustomers::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double SyntheticCustomers::between(double lo, double hi)
{
    return lo + (hi - lo) * uniform();
}

double SyntheticCustomers::logUniform(double lo, double hi)
{
    return std::exp(between(std::log(lo), std::log(hi)));
}

bool SyntheticCustomers::chance(double p)
{
    return uniform() < p;
}

std::string SyntheticCustomers::personName()
{
    return std::string(pick(kSurnames)) + pick(kGiven) + (chance(0.5) ? pick(kGiven) : "");
}

std::string SyntheticCustomers::companyName(const char *trade)
{
    return std::string(pick(kBrands)) + trade;
}

std::string SyntheticCustomers::creditCode()
{
    // One enterprise often holds several accounts: now and then reuse the last code.
    if (!m_lastCreditCode.empty() && chance(0.06))
        return m_lastCreditCode;
    static const char kChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    std::string code = "91";
    code += kRegionCodes[next() % 7];
    for (int i = 0; i < 10; ++i)
        code += kChars[next() % 31];
    m_lastCreditCode = code;
    return code;
}

std::string SyntheticCustomers::date(int fromDaysAgo, int toDaysAgo)
{
    const int days = int(between(toDaysAgo, fromDaysAgo));
    // ISO 8601 by hand: QDate::toString formats through vasprintf, a million times.
    int year = 0, month = 0, day = 0;
    m_dataDate.addDays(-days).getDate(&year, &month, &day);
    char text[11] = {char('0' + year / 1000), char('0' + year / 100 % 10), char('0' + year / 10 % 10),
                     char('0' + year % 10), '-', char('0' + month / 10), char('0' + month % 10), '-',
                     char('0' + day / 10), char('0' + day % 10), 0};
    return std::string(text, 10);
}

void SyntheticCustomers::lifecycle(Row &row, bool household)
{
    // Stages follow from project and account status and the first supply date (rules LC0–LC4).
    const double r = uniform();
    const char *project = "投运", *account = "正常";
    if (r < 0.03)
        project = "咨询", account = "报装中";
    else if (r < 0.06)
        project = "报装", account = "报装中";
    else if (r < 0.09)
        project = "在建";
    else if (r < 0.13)
        project = "增容改造";
    else if (r < 0.15)
        project = "减容暂停", account = "暂停";
    else if (r < 0.16)
        account = "销户";
    else if (r < 0.20)
        account = "欠费";
    if (!household || chance(0.3))
        row[Project] = project;
    row[Account] = account;
    if (account != std::string("报装中"))
        row[FirstSupply] = chance(0.08) ? date(360, 10) : date(12000, 400);
    put(row[Growth], chance(0.04) ? between(-50, -30) : between(-15, 25), 1);
    const double pay = uniform();
    put(row[Overdue], pay < 0.90 ? 0 : pay < 0.985 ? between(1, 60) : between(90, 400));
    put(row[Arrears], pay < 0.85 ? 0 : pay < 0.95 ? 1 : between(2, 6));
}

void SyntheticCustomers::make(int64_t index, Row &row)
{
    for (std::string &cell : row)
        cell.clear();
    char number[24];
    const auto [end, ec] = std::to_chars(number, number + sizeof number, 3300000000LL + index);
    row[No].assign(number, size_t(end - number));

    int roll = int(next() % 10000);
    Kind kind = Kind::Household;
    for (const auto &m : kMix) {
        if (roll < m.weight) {
            kind = m.kind;
            break;
        }
        roll -= m.weight;
    }
    const int region = int(next() % 7);
    row[Region] = kRegions[region];
    row[UrbanRural] = region >= 5 ? (chance(0.9) ? "农村" : "特殊边远") : (chance(0.92) ? "城区" : "农村");
    lifecycle(row, kind == Kind::Household);
    std::string labels;
    auto label = [&](const char *l) { labels += (labels.empty() ? "" : ";") + std::string(l); };
    auto business = [&](const char *entity, const char *elec, double volt, double kvaLo, double kvaHi) {
        row[Credit] = creditCode();
        row[EntityKind] = entity;
        row[Elec] = elec;
        put(row[Volt], volt, 2);
        const double kva = logUniform(kvaLo, kvaHi);
        put(row[Kva], kva);
        put(row[MaxLoad], kva * between(0.3, 0.9));
        row[PriceMode] = kva >= 315 ? "两部制" : "单一制";
        row[Market] = kva >= 315 ? (chance(0.5) ? "零售" : "代理购电") : (chance(0.5) ? "代理购电" : "非市场化");
        put(row[Kwh], kva * between(0.3, 0.9) * between(1500, 5000));
        row[Importance] = chance(0.08) ? (chance(0.3) ? "一级" : "二级") : "非重要";
        if (kva >= 100 && chance(0.4))
            put(row[DrPeak], kva * between(0.3, 0.9) * between(0.04, 0.2));
        return kva;
    };
    switch (kind) {
    case Kind::Household: {
        row[Name] = personName();
        row[EntityKind] = "居民";
        row[Elec] = "居民生活";
        row[Volt] = "0.22";
        const double kva = between(4, 16);
        put(row[Kva], kva);
        put(row[MaxLoad], kva * between(0.3, 0.9), 1);
        put(row[Kwh], logUniform(600, 9000));
        row[Importance] = "非重要";
        row[Market] = "非市场化";
        if (chance(0.03)) {
            put(row[Pv], between(5, 50), 1);
            label("分布式电源");
        }
        if (chance(0.05))
            label("电动汽车充电桩");
        if (row[UrbanRural] != "城区" && chance(0.3))
            label(chance(0.5) ? "煤改电" : "电采暖");
        if (chance(0.4))
            label("电子账单用户");
        if (chance(0.02))
            label("空巢老人");
        break;
    }
    case Kind::Micro:
        row[Name] = companyName(chance(0.5) ? "便利店" : "餐饮店");
        business("企业", chance(0.6) ? "工商业" : "一般工商业", 0.38, 5, 100);
        row[Building] = "其他";
        label("小微企业");
        break;
    case Kind::Building: {
        static const char *const uses[] = {"办公", "酒店", "商场", "数据中心"};
        row[Building] = pick(uses);
        row[Name] = companyName(row[Building] == "数据中心" ? "数据科技有限公司" : "置业有限公司");
        business("企业", "工商业", 10, 630, 15000);
        if (chance(0.2)) {
            put(row[EvKw], between(120, 1200));
            label("电动汽车充电桩");
        }
        break;
    }
    case Kind::Public: {
        static const char *const uses[] = {"学校", "医院", "办公"};
        row[Building] = pick(uses);
        row[Name] = std::string(kRegions[region]) + (row[Building] == "学校" ? "第一中学" : row[Building] == "医院" ? "人民医院" : "行政服务中心");
        business("公共机构", "工商业", 10, 200, 5000);
        label("公共机构");
        break;
    }
    case Kind::OtherCI:
        row[Name] = companyName("物流有限公司");
        business("企业", "工商业", 10, 50, 300);
        row[Building] = "厂房";
        break;
    case Kind::Manufacturing: {
        const Industry &i = pick(kManufacturing);
        row[IndustryCode] = i.code;
        row[IndustryName] = i.name;
        row[Name] = companyName("制造有限公司");
        const double kva = business("企业", chance(0.7) ? "大工业" : "工商业", chance(0.8) ? 10 : 35, 315, 20000);
        row[PriceMode] = "两部制";
        row[Building] = "厂房";
        label("制造业");
        label("规模以上企业");
        if (chance(0.15)) {
            put(row[Pv], between(100, std::min(6000.0, kva)));
            label("分布式电源");
        }
        if (chance(0.05)) {
            put(row[StorageKw], between(100, std::min(2000.0, kva * 0.3)));
            put(row[StorageKwh], std::stod(row[StorageKw]) * 2);
        }
        break;
    }
    case Kind::HeavyIndustry: {
        const Industry &i = pick(kHeavy);
        row[IndustryCode] = i.code;
        row[IndustryName] = i.name;
        row[Name] = companyName(i.code[0] == '3' && i.code[1] == '1' ? "建材有限公司" : "实业集团有限公司");
        const double kva = business("企业", "大工业", chance(0.5) ? 110 : 35, 5000, 200000);
        row[PriceMode] = "两部制";
        row[Market] = chance(0.6) ? "批发直购" : "零售";
        const double kwh = kva * between(0.5, 0.9) * between(4000, 7000);
        put(row[Kwh], kwh);
        put(row[Co2], kwh * 0.0005306 * between(1.0, 3.0));
        put(row[Tce], kwh * 0.0001229 * between(1.0, 2.5));
        static const char *const sectors[] = {"钢铁", "水泥", "铝冶炼", "无"};
        row[Ets] = std::string(i.code).starts_with("32") ? "钢铁" : std::string(i.code).starts_with("31") ? "水泥" : std::string(i.code).starts_with("33") ? "铝冶炼" : pick(sectors);
        if (chance(0.3))
            put(row[GreenKwh], kwh * between(0.05, 0.3));
        if (chance(0.2))
            label("拥有自备电厂");
        label("规模以上企业");
        break;
    }
    case Kind::Farm:
        row[Name] = std::string(kRegions[region]) + pick(kBrands) + (chance(0.5) ? "农业合作社" : "养殖场");
        business("企业", "农业生产", 0.38, 10, 200);
        row[UrbanRural] = "农村";
        label(chance(0.5) ? "电气化大棚" : "电气化养殖");
        break;
    case Kind::Generator:
        row[Name] = companyName("光伏电力有限公司");
        business("发电企业", "工商业", chance(0.7) ? 10 : 35, 200, 8000);
        put(row[Pv], logUniform(100, 6000));
        label("分布式电源");
        break;
    case Kind::Plant:
        row[Name] = companyName("发电有限公司");
        business("发电企业", "工商业", chance(0.5) ? 110 : 220, 50000, 200000);
        row[Ets] = "发电";
        put(row[Co2], between(200000, 3000000));
        break;
    case Kind::Storage: {
        row[Name] = companyName("储能科技有限公司");
        business("储能电站", "工商业", chance(0.6) ? 110 : 35, 5000, 200000);
        put(row[StorageKw], logUniform(5000, 300000));
        put(row[StorageKwh], std::stod(row[StorageKw]) * 2);
        label("储能用户");
        row[Market] = "批发直购";
        break;
    }
    case Kind::Charging:
        row[Name] = companyName("充电科技有限公司");
        business(chance(0.7) ? "充换电运营商" : "企业", "工商业", 10, 250, 5000);
        row[IndustryCode] = "6561";
        row[IndustryName] = "充换电服务";
        put(row[EvKw], between(500, 8000));
        label("电动汽车充电桩");
        break;
    case Kind::Aggregator:
        row[Name] = companyName("能源服务有限公司");
        business("负荷聚合商", "工商业", 10, 50, 200);
        put(row[Adjustable], logUniform(5000, 200000));
        row[Market] = "零售";
        break;
    case Kind::Microgrid:
        row[Name] = companyName("智慧能源有限公司");
        business("微电网", "工商业", 10, 1000, 20000);
        put(row[Pv], between(500, 5000));
        put(row[StorageKw], between(200, 5000));
        put(row[StorageKwh], std::stod(row[StorageKw]) * 2);
        label("微网客户");
        label("多能互补");
        break;
    case Kind::Retailer:
        row[Name] = companyName("售电有限公司");
        business("售电公司", "工商业", 0.38, 10, 50);
        row[Market] = "批发直购";
        break;
    case Kind::Park: {
        static const char *const levels[] = {"国家级", "省级", "地市级", "区县级"};
        row[Name] = std::string(kRegions[region]) + pick(kBrands) + "产业园";
        business("园区", "工商业", chance(0.5) ? 110 : 35, 20000, 200000);
        row[Park] = pick(levels);
        label("园区客户");
        break;
    }
    case Kind::Government:
        row[Name] = std::string(kRegions[region]) + (chance(0.5) ? "发展和改革局" : "经济开发区管委会");
        business("政府机构", "工商业", 10, 100, 1000);
        break;
    case Kind::Bank:
        row[Name] = companyName("银行") + std::string(kRegions[region]) + "支行";
        business("企业", "工商业", 10, 100, 800);
        row[Building] = "办公";
        label("金融机构");
        break;
    case Kind::GridUnit: {
        static const char *const kinds[] = {"基层单位", "岗位"};
        row[EntityKind] = pick(kinds);
        row[Name] = row[EntityKind] == "基层单位" ? std::string(kRegions[region]) + pick(kBrands) + "供电所"
                                           : std::string("客户经理") + personName();
        row[Project] = "投运";
        label("主业单位");
        break;
    }
    case Kind::Unplaced:
        row[Name] = companyName(chance(0.5) ? "商贸" : "临时用电户");
        row[Elec] = "其他";
        row[Volt] = "0.38";
        put(row[Kva], between(10, 100));
        if (chance(0.5))
            label("临时用电");
        break;
    }
    row[Labels] = labels;
}

} // namespace portrait
